import { readFileSync } from 'node:fs';

import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';

import MeetingSchedule from '../../src/components/MeetingSchedule/MeetingSchedule.astro';
import MeetingStatus from '../../src/components/MeetingStatus/MeetingStatus.astro';
import Programme from '../../src/components/MeetingSchedule/Programme.astro';
import ReferenceCities from '../../src/components/MeetingSchedule/ReferenceCities.astro';
import { meetingWindow } from '../../src/lib/format/meeting-time.ts';
import { MeetingSchema } from '../../src/schemas/meeting.ts';
import { readFacts } from '../helpers/content.ts';

const u4ssc = MeetingSchema.parse(readFacts('u4ssc-7')).schedule;
const fixture = (name: string) =>
	JSON.parse(readFileSync(new URL(`../fixtures/programme/${name}`, import.meta.url), 'utf8'));
/** A meeting with a programme (the 7th meeting's circular has none); not published. */
const withProgramme = MeetingSchema.parse(fixture('meeting.json')).schedule;
const titles = fixture('titles.json') as Record<'en' | 'ru', Record<string, string>>;

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

const clean = (html: string) => html.replace(/ data-astro-cid-\w+(="[^"]*")?/g, '');
/** The text a reader sees without JavaScript: hidden parts, scripts and templates dropped. */
const shown = (html: string) =>
	html
		.replace(/<(script|style|template)[\s\S]*?<\/\1>/g, '')
		.replace(/<(\w+)[^>]*\bhidden\b[^>]*>[\s\S]*?<\/\1>/g, '')
		.replace(/<\/?(time|span|a|strong)\b[^>]*>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
/** The text of each table body row. */
const rows = (html: string) =>
	[...html.matchAll(/<tr[^>]*data-(?:zone|start)[^>]*>([\s\S]*?)<\/tr>/g)].map((match) =>
		shown(match[1]!),
	);

describe('ReferenceCities', () => {
	it.each([
		[
			'en',
			[
				'Los Angeles 00:30–07:00 (at night) PDT, UTC−07:00',
				'New York 03:30–10:00 (at night) EDT, UTC−04:00',
				'São Paulo 04:30–11:00 (at night) UTC−03:00',
				'London 08:30–15:00 BST, UTC+01:00',
				'Geneva 09:30–16:00 CEST, UTC+02:00',
				'Cairo 10:30–17:00 EEST, UTC+03:00',
				'Nairobi 10:30–17:00 UTC+03:00',
				'Moscow 10:30–17:00 UTC+03:00',
				'Dubai 11:30–18:00 GST, UTC+04:00',
				'New Delhi 13:00–19:30 (outside working hours) IST, UTC+05:30',
				'Beijing 15:30–22:00 (outside working hours) UTC+08:00',
				'Tokyo 16:30–23:00 (at night) UTC+09:00',
				'Sydney 17:30–00:00 +1 day (at night) AEST, UTC+10:00',
				'Auckland 19:30–02:00 +1 day (at night) NZST, UTC+12:00',
			],
		],
		[
			'ru',
			[
				'Лос-Анджелес 00:30–07:00 (ночью) PDT, UTC−07:00',
				'Нью-Йорк 03:30–10:00 (ночью) EDT, UTC−04:00',
				'Сан-Паулу 04:30–11:00 (ночью) UTC−03:00',
				'Лондон 08:30–15:00 BST, UTC+01:00',
				'Женева 09:30–16:00 CEST, UTC+02:00',
				'Каир 10:30–17:00 EEST, UTC+03:00',
				'Найроби 10:30–17:00 UTC+03:00',
				'Москва 10:30–17:00 UTC+03:00',
				'Дубай 11:30–18:00 GST, UTC+04:00',
				'Нью-Дели 13:00–19:30 (в нерабочее время) IST, UTC+05:30',
				'Пекин 15:30–22:00 (в нерабочее время) UTC+08:00',
				'Токио 16:30–23:00 (ночью) UTC+09:00',
				'Сидней 17:30–00:00 +1 день (ночью) AEST, UTC+10:00',
				'Окленд 19:30–02:00 +1 день (ночью) NZST, UTC+12:00',
			],
		],
	] as const)('gives the 7th meeting on the clocks of 14 cities (%s)', async (locale, expected) => {
		const html = clean(
			await container.renderToString(ReferenceCities, { props: { schedule: u4ssc, locale } }),
		);
		expect(rows(html)).toEqual(expected);
		expect(html).toContain('<tr data-zone="Pacific/Auckland">');
	});

	it('follows the content: a March meeting falls between the American and European clock changes', async () => {
		const html = clean(
			await container.renderToString(ReferenceCities, {
				props: { schedule: withProgramme, locale: 'en' },
			}),
		);
		const cities = rows(html);
		expect(cities).toContain('New York 09:00–13:30 EDT, UTC−04:00');
		expect(cities).toContain('Geneva 14:00–18:30 (outside working hours) CET, UTC+01:00');
		expect(cities).toContain('Tokyo 22:00–02:30 +1 day (at night) UTC+09:00');
		expect(cities).toContain('Auckland 02:00 +1 day–06:30 +1 day (at night) NZDT, UTC+13:00');
	});
});

describe('Programme', () => {
	it.each([
		[
			'en',
			'Time, Geneva Session',
			[
				'14:00–14:30 Opening and welcome Speakers: Seizo Onoe Moderators: Paolo Gemma',
				'14:30–16:00 Key performance indicators (parallel session)',
				'14:30–16:00 The U4SSC hub (parallel session)',
				'16:15–18:30 Work plan 2025–2026',
			],
		],
		[
			'ru',
			'Время, Женева Заседание',
			[
				'14:00–14:30 Открытие и приветствие Выступающие: Seizo Onoe Модераторы: Paolo Gemma',
				'14:30–16:00 Ключевые показатели эффективности (параллельное заседание)',
				'14:30–16:00 Центр U4SSC (параллельное заседание)',
				'16:15–18:30 План работы на 2025–2026 годы',
			],
		],
	] as const)('lists the sessions in Geneva time (%s)', async (locale, head, expected) => {
		const html = clean(
			await container.renderToString(Programme, {
				props: {
					sessions: withProgramme.programme!,
					schedule: withProgramme,
					titles: titles[locale],
					locale,
					place: locale === 'en' ? 'Geneva' : 'Женева',
				},
			}),
		);
		expect(shown(/<thead>[\s\S]*<\/thead>/.exec(html)![0])).toBe(head);
		expect(rows(html)).toEqual(expected);
		expect(html).toContain(
			'data-start="2025-03-10T13:00:00.000Z" data-end="2025-03-10T13:30:00.000Z"',
		);
		expect(html).toContain('<time datetime="2025-03-10T14:00+01:00">14:00</time>');
	});
});

describe('MeetingSchedule', () => {
	it('renders the programme only for a meeting that has one', async () => {
		const render = (schedule: typeof u4ssc, locale: 'en' | 'ru') =>
			container.renderToString(MeetingSchedule, {
				props: { schedule, locale, place: 'Geneva', titles: titles[locale] },
			});
		expect(await render(u4ssc, 'en')).not.toContain('Programme');
		expect(shown(clean(await render(withProgramme, 'en')))).toContain(
			'Programme Time, Geneva Session 14:00–14:30 Opening and welcome',
		);
	});

	it('hands the meeting to the browser and keeps the picker hidden until it can work', async () => {
		const html = clean(
			await container.renderToString(MeetingSchedule, {
				props: { schedule: u4ssc, locale: 'ru', place: 'Женева' },
			}),
		);
		expect(html).toContain(
			'<meeting-schedule data-start="2023-06-20T07:30:00.000Z" data-end="2023-06-20T14:00:00.000Z" data-zone="Europe/Zurich"',
		);
		expect(html).toMatch(/<div class="yours no-print" data-enhanced hidden>/);
		expect(html).toContain('<label for="schedule-zone">Часовой пояс</label>');
		expect(html).toContain('<p class="announce" aria-live="polite" data-announce></p>');
		expect(shown(html)).toMatch(
			/^Время проведения собрания в других городах Город Местное время Часовой пояс /,
		);
	});
});

describe('MeetingStatus countdown', () => {
	it.each([
		['en', 'Starts in\u00a0', 'In\u00a0progress, ends in\u00a0'],
		['ru', 'До\u00a0начала: ', 'Проходит сейчас, до\u00a0окончания: '],
	] as const)(
		'leaves a slot for the time left in the sentence (%s)',
		async (locale, starts, ends) => {
			const html = clean(
				await container.renderToString(MeetingStatus, {
					props: {
						window: meetingWindow(u4ssc),
						locale,
						registrationUrl: 'https://u4ssc.itu.int/',
						registrationRequired: true,
						now: Date.UTC(2023, 4, 2),
					},
				}),
			);
			expect(html).toContain(`${starts}<span data-countdown="start"></span>`);
			expect(html).toContain(`${ends}<span data-countdown="end"></span>`);
		},
	);
});
