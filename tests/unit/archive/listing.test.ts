import { describe, expect, it } from 'vitest';

import { readBuildTime } from '../../../src/lib/archive/clock.ts';
import {
	byYear,
	bySeries,
	HOME_CARDS,
	HOME_UPCOMING,
	homeListing,
	seriesName,
} from '../../../src/lib/archive/listing.ts';
import { generatedMeeting, type MeetingSpec } from '../../helpers/generated-meetings.ts';

const english = (specs: MeetingSpec[]) => specs.map((spec, i) => generatedMeeting(spec, i + 1).en);
const slugs = (meetings: { slug: string }[]) => meetings.map((meeting) => meeting.slug);

/** One meeting a month from January 2022, 09:00–17:00 Geneva time on the 10th. */
const monthly = (count: number) =>
	Array.from({ length: count }, (_, i) => {
		const month = `${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
		return { slug: `m-${month}`, start: `${month}-10T09:00`, end: `${month}-10T17:00` };
	});

describe('the home page lists', () => {
	const meetings = english([
		{ slug: 'spring', start: '2025-04-02T09:00', end: '2025-04-03T17:00' },
		{ slug: 'winter', start: '2024-12-01T09:00', end: '2024-12-01T12:00' },
		{ slug: 'summer', start: '2025-07-15T14:00', end: '2025-07-15T16:00' },
		{ slug: 'autumn', start: '2024-10-20T09:00', end: '2024-10-20T17:00' },
	]);

	it('puts upcoming meetings first, the soonest first, and past ones after, the latest first', () => {
		const listing = homeListing(meetings, Date.parse('2025-01-01T00:00:00Z'));
		expect(slugs(listing.upcoming)).toEqual(['spring', 'summer']);
		expect(slugs(listing.past)).toEqual(['winter', 'autumn']);
		expect(listing.years).toEqual([2025, 2024]);
	});

	it('keeps a meeting in progress among the upcoming ones until its end', () => {
		// 2 April 2025, 12:00 in Geneva (CEST) is 10:00 UTC; the meeting ends on 3 April at 17:00.
		const during = homeListing(meetings, Date.parse('2025-04-03T14:59:59Z'));
		expect(slugs(during.upcoming)).toEqual(['spring', 'summer']);
		const after = homeListing(meetings, Date.parse('2025-04-03T15:00:00Z'));
		expect(slugs(after.upcoming)).toEqual(['summer']);
		expect(slugs(after.past)).toEqual(['spring', 'winter', 'autumn']);
	});

	it(`shows at most ${HOME_CARDS} cards, ${HOME_UPCOMING} of them upcoming, whatever the number of meetings`, () => {
		const many = english(monthly(60)); // 2022–2026
		const middle = homeListing(many, Date.parse('2024-06-30T00:00:00Z'));
		expect(middle.upcoming).toHaveLength(HOME_UPCOMING);
		expect(middle.moreUpcoming).toBe(true);
		expect(slugs(middle.upcoming).slice(0, 2)).toEqual(['m-2024-07', 'm-2024-08']);
		expect(middle.past).toHaveLength(HOME_CARDS - HOME_UPCOMING);
		expect(slugs(middle.past).slice(0, 2)).toEqual(['m-2024-06', 'm-2024-05']);
		const allPast = homeListing(many, Date.parse('2030-01-01T00:00:00Z'));
		expect(allPast.upcoming).toEqual([]);
		expect(allPast.moreUpcoming).toBe(false);
		expect(allPast.past).toHaveLength(HOME_CARDS);
		expect(allPast.years).toEqual([2026, 2025, 2024, 2023, 2022]);
	});
});

describe('the archive', () => {
	it('files each meeting under the year of its first day where it is held', () => {
		const meetings = english([
			// 31 December 2024, 23:00 in Auckland is still 2024 there, though 10:00 UTC that day.
			{
				slug: 'auckland',
				start: '2024-12-31T23:00',
				end: '2025-01-01T02:00',
				timeZone: 'Pacific/Auckland',
			},
			// 1 January 2025, 00:30 in Honolulu is 10:30 UTC: 2025 there.
			{
				slug: 'honolulu',
				start: '2025-01-01T00:30',
				end: '2025-01-01T03:00',
				timeZone: 'Pacific/Honolulu',
			},
			{ slug: 'geneva', start: '2024-06-01T09:00', end: '2024-06-01T17:00' },
		]);
		const years = byYear(meetings);
		expect([...years.keys()]).toEqual([2025, 2024]);
		expect(slugs(years.get(2024)!)).toEqual(['geneva', 'auckland']);
		expect(slugs(years.get(2025)!)).toEqual(['honolulu']);
	});

	it('gives every meeting of a year to that year, in the order they take place', () => {
		const meetings = english(monthly(36));
		const years = byYear(meetings.toReversed());
		expect(slugs(years.get(2023)!)).toEqual(
			Array.from({ length: 12 }, (_, i) => `m-2023-${String(i + 1).padStart(2, '0')}`),
		);
		expect([...years.values()].flat()).toHaveLength(36);
	});

	it('groups meetings by series, the latest first', () => {
		const meetings = english([
			{ slug: 'a-1', series: 'alpha', start: '2023-03-01T09:00', end: '2023-03-01T10:00' },
			{ slug: 'b-1', series: 'beta', start: '2023-05-01T09:00', end: '2023-05-01T10:00' },
			{ slug: 'a-2', series: 'alpha', start: '2024-03-01T09:00', end: '2024-03-01T10:00' },
		]);
		const series = bySeries(meetings);
		expect(slugs(series.get('alpha')!)).toEqual(['a-2', 'a-1']);
		expect(slugs(series.get('beta')!)).toEqual(['b-1']);
	});
});

describe('the name of a series', () => {
	it('is the initiative’s abbreviation, or for a series of no initiative its id in capitals', () => {
		const meeting = generatedMeeting({
			slug: 'fg-dt4c-3',
			series: 'fg-dt4c',
			start: '2018-02-26T09:30',
			end: '2018-02-26T17:00',
		}).ru;
		expect(seriesName(meeting)).toBe('U4SSC');
		const text = structuredClone(meeting.text);
		delete text.initiative;
		expect(seriesName({ ...meeting, text })).toBe('FG-DT4C');
	});
});

describe('the build clock', () => {
	it('takes BUILD_TIME as an instant with its offset', () => {
		expect(readBuildTime('2026-06-01T12:00:00Z')).toBe(Date.UTC(2026, 5, 1, 12));
		expect(readBuildTime('2026-06-01T14:00+02:00')).toBe(Date.UTC(2026, 5, 1, 12));
	});

	it('uses the machine’s clock when BUILD_TIME is not set', () => {
		expect(readBuildTime(undefined, () => 42)).toBe(42);
		expect(readBuildTime('', () => 42)).toBe(42);
	});

	it.each(['2026-06-01', '2026-06-01T12:00', 'tomorrow', '2026-13-01T00:00:00Z'])(
		'refuses BUILD_TIME=%s, saying how to write it',
		(value) => {
			expect(() => readBuildTime(value)).toThrow(
				`BUILD_TIME="${value}" is not an instant with an offset; write it as 2026-06-01T12:00:00Z`,
			);
		},
	);
});
