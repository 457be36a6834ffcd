import { describe, expect, it } from 'vitest';

import { NEWS_ITEMS, newsItems } from '../../../src/lib/archive/news.ts';
import { generatedMeeting } from '../../helpers/generated-meetings.ts';

describe('the news feed', () => {
	const meetings = [
		{
			slug: 'announced-first',
			start: '2025-09-01T09:00',
			end: '2025-09-01T12:00',
			circularDate: '2025-01-15',
		},
		{
			slug: 'announced-last',
			start: '2025-03-01T09:00',
			end: '2025-03-01T12:00',
			circularDate: '2025-02-20',
		},
		{
			slug: 'same-day-later',
			start: '2025-06-01T09:00',
			end: '2025-06-01T12:00',
			circularDate: '2025-02-01',
		},
		{
			slug: 'same-day-sooner',
			start: '2025-05-01T09:00',
			end: '2025-05-01T12:00',
			circularDate: '2025-02-01',
		},
	].map((spec, i) => generatedMeeting(spec, i + 1).ru);

	it('lists the newest announcement first, by the date of its circular', () => {
		expect(newsItems(meetings).map((item) => item.link)).toEqual([
			'/ru/meetings/announced-last/',
			'/ru/meetings/same-day-later/',
			'/ru/meetings/same-day-sooner/',
			'/ru/meetings/announced-first/',
		]);
	});

	it('dates each item by its circular and gives the meeting’s title and description', () => {
		const [item] = newsItems([meetings[0]!]);
		expect(item).toEqual({
			title: 'Собрание announced-first',
			link: '/ru/meetings/announced-first/',
			pubDate: new Date('2025-01-15T00:00:00Z'),
			description: 'Собрание announced-first',
			categories: ['U4SSC'],
		});
	});

	it(`keeps the latest ${NEWS_ITEMS} announcements`, () => {
		const many = Array.from({ length: NEWS_ITEMS + 5 }, (_, i) => {
			const day = new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
			return generatedMeeting(
				{ slug: `n-${i}`, start: `${day}T09:00`, end: `${day}T10:00`, circularDate: day },
				i + 1,
			).en;
		});
		const items = newsItems(many);
		expect(items).toHaveLength(NEWS_ITEMS);
		expect(items[0]!.link).toBe(`/en/meetings/n-${NEWS_ITEMS + 4}/`);
		expect(items.at(-1)!.link).toBe('/en/meetings/n-5/');
	});
});
