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
import { withoutScopeClasses } from '../helpers/markup.ts';

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

const clean = withoutScopeClasses;
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
	// Worked out by hand: each city's offset on 20 June 2023 and the parts of its day (night
	// 22:00–06:00 for "at night" when it is most of the window; working hours 08:00–18:00).
	it.each([
		[
			'en',
			[
				'Los Angeles PDT, UTC−7 00:30–07:00 at night',
				'New York EDT, UTC−4 03:30–10:00 night to morning',
				'São Paulo UTC−3 04:30–11:00 night to morning',
				'London BST, UTC+1 08:30–15:00 during working hours',
				'Geneva CEST, UTC+2 09:30–16:00 during working hours',
				'Cairo EEST, UTC+3 10:30–17:00 during working hours',
				'Nairobi EAT, UTC+3 10:30–17:00 during working hours',
				'Moscow UTC+3 10:30–17:00 during working hours',
				'Dubai GST, UTC+4 11:30–18:00 during working hours',
				'New Delhi IST, UTC+5:30 13:00–19:30 afternoon to evening',
				'Beijing UTC+8 15:30–22:00 afternoon to evening',
				'Tokyo UTC+9 16:30–23:00 afternoon to late evening',
				'Sydney AEST, UTC+10 17:30–00:00 +1 day afternoon to late evening',
				'Auckland NZST, UTC+12 19:30–02:00 +1 day at night',
			],
		],
		[
			'ru',
			[
				'Лос-Анджелес UTC−7 00:30–07:00 ночью',
				'Нью-Йорк UTC−4 03:30–10:00 ночью и утром',
				'Сан-Паулу UTC−3 04:30–11:00 ночью и утром',
				'Лондон UTC+1 08:30–15:00 в рабочее время',
				'Женева UTC+2 09:30–16:00 в рабочее время',
				'Каир UTC+3 10:30–17:00 в рабочее время',
				'Найроби UTC+3 10:30–17:00 в рабочее время',
				'Москва UTC+3 10:30–17:00 в рабочее время',
				'Дубай UTC+4 11:30–18:00 в рабочее время',
				'Нью-Дели UTC+5:30 13:00–19:30 днём и вечером',
				'Пекин UTC+8 15:30–22:00 днём и вечером',
				'Токио UTC+9 16:30–23:00 днём и поздно вечером',
				'Сидней UTC+10 17:30–00:00 +1 день днём и поздно вечером',
				'Окленд UTC+12 19:30–02:00 +1 день ночью',
			],
		],
	] as const)('gives the 7th meeting on the clocks of 14 cities (%s)', async (locale, expected) => {
		const html = clean(
			await container.renderToString(ReferenceCities, { props: { schedule: u4ssc, locale } }),
		);
		expect(rows(html)).toEqual(expected);
		expect(html).toContain('<tr data-zone="Pacific/Auckland">');
		// No English abbreviation on a Russian page.
		if (locale === 'ru') expect(shown(html)).not.toMatch(/\b[A-Z]{3,5}\b(?<!UTC)/);
	});

	it('follows the content: a March meeting falls between the American and European clock changes', async () => {
		const html = clean(
			await container.renderToString(ReferenceCities, {
				props: { schedule: withProgramme, locale: 'en' },
			}),
		);
		const cities = rows(html);
		expect(cities).toContain('New York EDT, UTC−4 09:00–13:30 during working hours');
		expect(cities).toContain('Geneva CET, UTC+1 14:00–18:30 afternoon to evening');
		expect(cities).toContain('Tokyo UTC+9 22:00–02:30 +1 day at night');
		expect(cities).toContain('Auckland NZDT, UTC+13 02:00 +1 day–06:30 +1 day at night');
	});

	it('draws each city’s day as a 24-hour bar, the meeting a block on it, past midnight too', async () => {
		const html = clean(
			await container.renderToString(ReferenceCities, { props: { schedule: u4ssc, locale: 'en' } }),
		);
		const row = (zone: string) =>
			new RegExp(`<tr data-zone="${zone}">[\\s\\S]*?</tr>`).exec(html)![0];
		const blocks = (zone: string) =>
			[...row(zone).matchAll(/<line x1="(\d+)" x2="(\d+)"/g)].map(([, from, to]) => [
				Number(from),
				Number(to),
			]);
		// Geneva 09:30–16:00; Auckland 19:30–02:00: to midnight, then on from the bar's start.
		expect(blocks('Europe/Zurich')).toEqual([[570, 960]]);
		expect(blocks('Pacific/Auckland')).toEqual([
			[1170, 1440],
			[0, 120],
		]);
		expect(row('Pacific/Auckland')).toContain('aria-hidden="true"');
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
		// People's names are written as they write them, whatever the page's language.
		expect(html).toContain('<span translate="no">Seizo Onoe</span>');
		expect(html).toContain('<span translate="no">Paolo Gemma</span>');
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
		// Hidden by CSS until the element is ready, and without scripts (MeetingSchedule.astro).
		expect(html).toContain('<div class="yours no-print">');
		expect(html).not.toContain('data-ready');
		expect(html).toContain('<label for="schedule-zone">Часовой пояс</label>');
		expect(html).toContain('<p class="announce" aria-live="polite" data-announce></p>');
		// Without scripts CSS hides the visitor's line and picker; the table reads as it did.
		expect(shown(html.slice(html.indexOf('<table')))).toMatch(
			/^Время проведения собрания в других городах Город Местное время /,
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
