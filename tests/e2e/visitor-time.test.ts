// "When is it for me?" in real Chromium, on a site built from tests/fixtures/visitor-time: a
// one-day meeting in Nairobi (12 November 2024, 10:00–16:30 EAT, 07:00–13:30 UTC) and an
// overnight one in Helsinki across the spring clock change (29 March 2025 20:00 EET to 30 March
// 14:00 EEST). Every expected time and offset is worked out by hand from the zones' rules.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
	launchBrowser,
	newContext,
	watchForProblems,
	type ContextOptions,
} from '../../scripts/harness/browser.ts';
import { projectRoot, serveBuiltCopy, type ServedSite } from '../helpers/site-copy.ts';
import { collapse } from './reader.ts';

let site: ServedSite;
let browser: Browser;

beforeAll(async () => {
	site = await serveBuiltCopy('meetings-visitor-time-', () => ({
		MEETINGS_DIR: join(projectRoot, 'tests/fixtures/visitor-time'),
	}));
	browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await site?.close();
});

const forum = (locale: 'en' | 'ru') => `/${locale}/meetings/water-forum/`;
const hackathon = (locale: 'en' | 'ru') => `/${locale}/meetings/night-hackathon/`;
/** A fortnight before the forum, and a month before the hackathon. */
const beforeForum = '2024-10-29T12:00:00Z';
const beforeHackathon = '2025-03-01T12:00:00Z';

/** A page in a fresh context; the test fails on any console error or uncaught exception. */
async function withPage(
	path: string,
	options: Omit<ContextOptions, 'baseURL'>,
	check: (page: Page) => Promise<void>,
	before?: (page: Page) => Promise<unknown>,
) {
	const context = await newContext(browser, {
		baseURL: site.url,
		locale: path.startsWith('/ru/') ? 'ru-RU' : 'en-GB',
		...options,
	});
	try {
		const page = await context.newPage();
		const problems = watchForProblems(page);
		await before?.(page);
		await page.goto(path);
		await check(page);
		expect(problems.describe()).toEqual([]);
	} finally {
		await context.close();
	}
}

/** The hero's time as a visitor reads it, one text per visible line. */
const hero = async (page: Page) =>
	(await page.locator('.hero-time p:visible').allInnerTexts()).map(collapse).filter(Boolean);
/** The hero once it shows the visitor's own window, city and all. */
const heroWith = async (page: Page, text: string) => {
	await expect.poll(() => hero(page)).toContain(text);
	return hero(page);
};
const yourTime = async (page: Page) =>
	collapse(await page.locator('meeting-schedule .your-time').innerText());

describe('the hero leads with the visitor’s own time', () => {
	it.each([
		[
			'en',
			'America/Bogota',
			[
				'Tuesday, 12 November 2024',
				'02:00–08:30 your time (Bogotá, UTC−5)',
				'10:00–16:30 Nairobi time (EAT, UTC+3)',
				'07:00–13:30 UTC',
			],
		],
		[
			'ru',
			'America/Bogota',
			[
				'Вторник, 12 ноября 2024 г.',
				'02:00–08:30 по вашему времени (Богота, UTC−5)',
				'10:00–16:30 (Найроби, EAT, UTC+3)',
				'07:00–13:30 UTC',
			],
		],
		// The date as it falls for the visitor: still 11 November in Anchorage (AKST, UTC−9).
		[
			'en',
			'America/Anchorage',
			[
				'Monday, 11 November 2024',
				'22:00–04:30 +1 day your time (Anchorage, UTC−9)',
				'10:00–16:30 Nairobi time (EAT, UTC+3)',
				'07:00–13:30 UTC',
			],
		],
		[
			'ru',
			'Asia/Dhaka',
			[
				'Вторник, 12 ноября 2024 г.',
				'13:00–19:30 по вашему времени (Дакка, UTC+6)',
				'10:00–16:30 (Найроби, EAT, UTC+3)',
				'07:00–13:30 UTC',
			],
		],
	] as const)('on the %s page in %s', async (locale, timezoneId, expected) => {
		await withPage(forum(locale), { timezoneId, clock: { time: beforeForum } }, async (page) => {
			expect(await heroWith(page, expected[1])).toEqual(expected);
		});
	});

	it('gives one line when the visitor’s clocks are the meeting’s (Addis Ababa keeps EAT too)', async () => {
		await withPage(
			forum('en'),
			{ timezoneId: 'Africa/Addis_Ababa', clock: { time: beforeForum } },
			async (page) => {
				await page.waitForLoadState('networkidle');
				expect(await hero(page)).toEqual([
					'Tuesday, 12 November 2024',
					'10:00–16:30 Nairobi time (EAT, UTC+3)',
					'07:00–13:30 UTC',
				]);
				await expect
					.poll(() => yourTime(page))
					.toBe(
						'Your time: Tuesday, 12 November 2024, 10:00–16:30 (Addis Ababa, UTC+3) during working hours',
					);
			},
		);
	});

	it('gives the meeting’s zone and UTC in the same place without JavaScript', async () => {
		await withPage(
			forum('ru'),
			{ timezoneId: 'America/Bogota', javaScriptEnabled: false },
			async (page) => {
				expect(await hero(page)).toEqual([
					'Вторник, 12 ноября 2024 г.',
					'10:00–16:30 (Найроби, EAT, UTC+3)',
					'07:00–13:30 UTC',
				]);
			},
		);
	});

	for (const locale of ['en', 'ru'] as const) {
		for (const viewport of [
			{ width: 375, height: 667 },
			{ width: 1280, height: 800 },
		]) {
			it(`shows the visitor’s window in the first screen, set no smaller than the meeting’s, at ${viewport.width} px (${locale})`, async () => {
				await withPage(
					forum(locale),
					{ timezoneId: 'Asia/Dhaka', viewport, clock: { time: beforeForum } },
					async (page) => {
						const window = page.locator('.hero-time [data-time]');
						await expect.poll(() => window.innerText()).toBe('13:00–19:30');
						const box = (await window.boundingBox())!;
						expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
						const size = (selector: string) =>
							page
								.locator(selector)
								.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
						const ownLine = await size('.hero-time .visitor .second');
						expect(await size('.hero-time [data-time]')).toBeGreaterThanOrEqual(ownLine);
						expect(await page.locator('.hero-time .visitor .second').innerText()).toMatch(
							/^10:00–16:30 /,
						);
					},
				);
			});
		}
	}
});

describe('the visitor’s zone is named by its own city', () => {
	// ICU calls Chita's zone "Yakutsk Standard Time", «Якутск, стандартное время».
	it.each([
		['en', '16:00–22:30 your time (Chita, UTC+9)', /Yakutsk/, 'Chita · Russia'],
		['ru', '16:00–22:30 по вашему времени (Чита, UTC+9)', /Якутск/, 'Чита · Россия'],
	] as const)('on the %s page', async (locale, line, otherCity, label) => {
		await withPage(
			forum(locale),
			{ timezoneId: 'Asia/Chita', clock: { time: beforeForum } },
			async (page) => {
				await heroWith(page, line);
				await expect
					.poll(() => yourTime(page))
					.toContain(locale === 'en' ? '(Chita, UTC+9)' : '(Чита, UTC+9)');
				await page.getByRole('combobox').focus();
				const option = page.locator('datalist option[value="Asia/Chita"]');
				await expect.poll(() => option.getAttribute('label')).toBe(label);
				expect(await page.locator('body').innerText()).not.toMatch(otherCity);
			},
		);
	});
});

describe('the parts of the day', () => {
	it.each([
		['en', 'America/Bogota', '02:00–08:30 (Bogotá, UTC−5) at night'],
		['ru', 'America/Bogota', '02:00–08:30 (Богота, UTC−5) ночью'],
		['en', 'Asia/Dhaka', '13:00–19:30 (Dhaka, UTC+6) afternoon to evening'],
		['ru', 'Asia/Dhaka', '13:00–19:30 (Дакка, UTC+6) днём и вечером'],
		['en', 'Europe/Lisbon', '07:00–13:30 (Lisbon, UTC+0) early morning to afternoon'],
		['ru', 'Europe/Lisbon', '07:00–13:30 (Лиссабон, UTC+0) рано утром и днём'],
		['en', 'Asia/Vladivostok', '17:00–23:30 (Vladivostok, UTC+10) afternoon to late evening'],
		['ru', 'Asia/Vladivostok', '17:00–23:30 (Владивосток, UTC+10) днём и поздно вечером'],
	] as const)('on the %s page in %s', async (locale, timezoneId, expected) => {
		await withPage(forum(locale), { timezoneId, clock: { time: beforeForum } }, async (page) => {
			await expect
				.poll(() => yourTime(page))
				.toMatch(new RegExp(`, ${expected.replace(/[()+]/g, '\\$&')}$`));
		});
	});

	it('draws the visitor’s window on a 24-hour bar, past midnight too, hidden from screen readers', async () => {
		await withPage(
			forum('en'),
			{ timezoneId: 'America/Anchorage', clock: { time: beforeForum } },
			async (page) => {
				const bar = page.locator('[data-your-bar] svg');
				await expect.poll(() => bar.count()).toBe(1);
				expect(await bar.getAttribute('aria-hidden')).toBe('true');
				const blocks = await bar
					.locator('line')
					.evaluateAll((lines) =>
						lines.map((line) => [Number(line.getAttribute('x1')), Number(line.getAttribute('x2'))]),
					);
				// 22:00–04:30: to midnight at the bar's end, then on from its start.
				expect(blocks).toEqual([
					[1320, 1440],
					[0, 270],
				]);
			},
		);
	});
});

describe('nothing moves while the page loads in another zone', () => {
	// After the meetings, as the build saw them: only the visitor's time changes the page.
	const afterwards = '2025-06-01T12:00:00Z';
	it.each([
		[forum('en'), 'Asia/Dhaka', 375, '13:00–19:30 your time (Dhaka, UTC+6)'],
		[forum('ru'), 'Asia/Chita', 375, '16:00–22:30 по вашему времени (Чита, UTC+9)'],
		[forum('en'), 'America/Bogota', 1280, '02:00–08:30 your time (Bogotá, UTC−5)'],
		[hackathon('ru'), 'Europe/London', 375, undefined],
		[hackathon('en'), 'Asia/Dubai', 1280, undefined],
	] as const)(
		'%s in %s at %i px: cumulative layout shift 0',
		async (path, timezoneId, width, line) => {
			await withPage(
				path,
				{
					timezoneId,
					viewport: { width, height: width < 400 ? 667 : 800 },
					clock: { time: afterwards },
				},
				async (page) => {
					await page.waitForLoadState('networkidle');
					if (line) await heroWith(page, line);
					await expect.poll(() => page.locator('.hero-time').getAttribute('data-visitor')).toBe('');
					await page.waitForTimeout(300);
					const shifts = await page.evaluate(
						() => (window as unknown as { shifts: { value: number; sources: string[] }[] }).shifts,
					);
					expect(shifts).toEqual([]);
				},
				(page) =>
					page.addInitScript(() => {
						const shifts: { value: number; sources: string[] }[] = [];
						(window as unknown as { shifts: typeof shifts }).shifts = shifts;
						new PerformanceObserver((list) => {
							for (const entry of list.getEntries() as unknown as {
								value: number;
								hadRecentInput: boolean;
								sources: { node?: Node }[];
							}[]) {
								if (entry.hadRecentInput) continue;
								shifts.push({
									value: entry.value,
									sources: entry.sources.map((source) =>
										source.node instanceof Element
											? source.node.outerHTML.slice(0, 80)
											: String(source.node?.textContent),
									),
								});
							}
						}).observe({ type: 'layout-shift', buffered: true });
					}),
			);
		},
	);
});

describe('a meeting across a clock change names the offset in force at each moment', () => {
	// Helsinki: EET (UTC+2) until 01:00 UTC on 30 March 2025, EEST (UTC+3) after; London changes
	// at the same instant, GMT to BST; Geneva CET to CEST. Cairo, New York and Sydney do not then.
	const cityZones = {
		en: [
			'PDT, UTC−7',
			'EDT, UTC−4',
			'UTC−3',
			'GMT, UTC+0, then BST, UTC+1',
			'CET, UTC+1, then CEST, UTC+2',
			'EET, UTC+2',
			'EAT, UTC+3',
			'UTC+3',
			'GST, UTC+4',
			'IST, UTC+5:30',
			'UTC+8',
			'UTC+9',
			'AEDT, UTC+11',
			'NZDT, UTC+13',
		],
		ru: [
			'UTC−7',
			'UTC−4',
			'UTC−3',
			'UTC+0, затем UTC+1',
			'UTC+1, затем UTC+2',
			'UTC+2',
			'UTC+3',
			'UTC+3',
			'UTC+4',
			'UTC+5:30',
			'UTC+8',
			'UTC+9',
			'UTC+11',
			'UTC+13',
		],
	};
	const expected = {
		en: {
			hero: [
				'Saturday, 29 March 2025',
				'18:00–12:00 +1 day your time (London, UTC+0, then UTC+1)',
				'29 March at 20:00 – 30 March at 14:00 Helsinki time (EET, UTC+2, then EEST, UTC+3)',
				'29 March at 18:00 – 30 March at 11:00 UTC',
			],
			yourTime:
				'Your time: Saturday, 29 March 2025, 18:00–12:00 +1 day (London, UTC+0, then UTC+1) evening to morning',
			programme: [
				'20:00–21:00 (EET, UTC+2)\t18:00–19:00 (UTC+0)',
				// Past midnight in Helsinki: the session's days are written out.
				'29 March at 23:30 – 30 March at 04:30 (EET, UTC+2, then EEST, UTC+3)\t21:30–02:30 +1 day (UTC+0, then UTC+1)',
				'09:00–11:00 (EEST, UTC+3)\t07:00–09:00 (UTC+1)',
				'13:00–14:00 (EEST, UTC+3)\t11:00–12:00 (UTC+1)',
			],
		},
		ru: {
			hero: [
				'Суббота, 29 марта 2025 г.',
				'18:00–12:00 +1 день по вашему времени (Лондон, UTC+0, затем UTC+1)',
				'29 марта в 20:00 – 30 марта в 14:00 (Хельсинки, EET, UTC+2, затем EEST, UTC+3)',
				'29 марта в 18:00 – 30 марта в 11:00 UTC',
			],
			yourTime:
				'Ваше время: суббота, 29 марта 2025 г., 18:00–12:00 +1 день (Лондон, UTC+0, затем UTC+1) вечером и утром',
			programme: [
				'20:00–21:00 (EET, UTC+2)\t18:00–19:00 (UTC+0)',
				'29 марта в 23:30 – 30 марта в 04:30 (EET, UTC+2, затем EEST, UTC+3)\t21:30–02:30 +1 день (UTC+0, затем UTC+1)',
				'09:00–11:00 (EEST, UTC+3)\t07:00–09:00 (UTC+1)',
				'13:00–14:00 (EEST, UTC+3)\t11:00–12:00 (UTC+1)',
			],
		},
	};

	it.each(['en', 'ru'] as const)(
		'in the hero, your time, the city table and the programme (%s)',
		async (locale) => {
			await withPage(
				hackathon(locale),
				{ timezoneId: 'Europe/London', clock: { time: beforeHackathon } },
				async (page) => {
					expect(await heroWith(page, expected[locale].hero[1]!)).toEqual(expected[locale].hero);
					await expect.poll(() => yourTime(page)).toBe(expected[locale].yourTime);
					expect((await page.locator('table.cities .zone').allInnerTexts()).map(collapse)).toEqual(
						cityZones[locale],
					);
					const sessions = await page
						.locator('table.programme tbody tr[data-start]')
						.evaluateAll((rows) =>
							rows.map((row) =>
								[...row.querySelectorAll('td.time')]
									.map((cell) => (cell as HTMLElement).innerText.replace(/\s+/g, ' ').trim())
									.join('\t'),
							),
						);
					expect(sessions).toEqual(expected[locale].programme);
					if (locale === 'ru') {
						// English abbreviations only where they name the meeting's own zone, as the circular does.
						const words = (await page.locator('body').innerText()).match(/\b[A-Z]{2,5}\b/g) ?? [];
						expect([...new Set(words)].toSorted()).toEqual(['EEST', 'EET', 'UTC']);
					}
				},
			);
		},
	);

	it.each([
		[
			'en',
			'When: 29 March at 20:00 – 30 March at 14:00 Helsinki time (EET, UTC+2, then EEST, UTC+3)',
		],
		[
			'ru',
			'Время проведения: 29 марта в 20:00 – 30 марта в 14:00 (Хельсинки, EET, UTC+2, затем EEST, UTC+3)',
		],
	] as const)('in the calendar file and the share image (%s)', async (locale, when) => {
		const ics = readFileSync(
			join(site.dir, 'dist', `${locale}/meetings/night-hackathon.ics`),
			'utf8',
		);
		const event = new ICAL.Event(
			new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!,
		);
		expect(event.description.split('\n').map(collapse)).toContain(when);
		await withPage(hackathon(locale), { clock: { time: beforeHackathon } }, async (page) => {
			const alt = await page.locator('meta[property="og:image:alt"]').getAttribute('content');
			expect(collapse(alt!)).toContain(when.replace(/^[^:]+: /, ''));
		});
	});
});

describe('the zone picker finds what a visitor types', () => {
	/** Types into the picker and submits it, as a visitor does. */
	const ask = async (page: Page, text: string) => {
		const picker = page.getByRole('combobox');
		await picker.fill(text);
		await picker.press('Enter');
	};
	const options = (page: Page) => page.locator('[data-choices] select option').allInnerTexts();
	const announced = (page: Page) => page.locator('[data-announce]').innerText().then(collapse);

	it('asks which zone an ambiguous abbreviation means, with those that use it that day, and takes the answer by keyboard', async () => {
		await withPage(
			forum('en'),
			{ timezoneId: 'Europe/Madrid', clock: { time: beforeForum } },
			async (page) => {
				await ask(page, 'ist');
				// In November: India's, Sri Lanka's and Israel's standard time; Ireland is on GMT.
				await expect
					.poll(() => options(page))
					.toEqual([
						'Jerusalem, Israel (UTC+2)',
						'Colombo, Sri Lanka (UTC+5:30)',
						'New Delhi, India (UTC+5:30)',
					]);
				expect(await announced(page)).toBe('“ist” matches several time zones. Choose yours:');
				const choice = page.getByLabel('“ist” matches several time zones. Choose yours:');
				await expect
					.poll(() => choice.evaluate((element) => element === document.activeElement))
					.toBe(true);
				await page.keyboard.press('ArrowDown');
				await page.keyboard.press('Tab');
				await page.keyboard.press('Enter');
				await heroWith(page, '12:30–19:00 your time (Colombo, UTC+5:30)');
				expect(new URL(page.url()).searchParams.get('tz')).toBe('Asia/Colombo');
				expect(await page.locator('[data-choices]').isVisible()).toBe(false);
			},
		);
	});

	it.each([
		// US Eastern is on EST in November; Tallinn (Estonia) is no answer to "EST".
		[
			'EST',
			['New York, United States (UTC−5)', 'Toronto, Canada (UTC−5)', 'Panama (UTC−5)'],
			/Tallinn|Estonia/,
		],
		// Pacific Time, never Hermosillo's Mexican Pacific Time.
		[
			'Pacific',
			[
				'Los Angeles, United States (UTC−8)',
				'Tijuana, Mexico (UTC−8)',
				'Vancouver, Canada (UTC−8)',
			],
			/Hermosillo/,
		],
	] as const)(
		'offers the zones "%s" means, and not a name that merely contains it',
		async (query, some, never) => {
			await withPage(forum('en'), { clock: { time: beforeForum } }, async (page) => {
				await ask(page, query);
				await expect.poll(() => options(page)).toEqual(expect.arrayContaining([...some]));
				expect((await options(page)).join(' ')).not.toMatch(never);
			});
		},
	);

	it.each([
		['en', 'utc', 'UTC', '07:00–13:30 your time (UTC+0)'],
		['en', 'europe/kyiv', /^Europe\/Ky?iev?$/, '09:00–15:30 your time (Kyiv, UTC+2)'],
		['en', 'JST', 'Asia/Tokyo', '16:00–22:30 your time (Tokyo, UTC+9)'],
		['ru', 'Богота', 'America/Bogota', '02:00–08:30 по вашему времени (Богота, UTC−5)'],
	] as const)('on the %s page takes "%s"', async (locale, query, zone, line) => {
		await withPage(
			forum(locale),
			{ timezoneId: 'Europe/Madrid', clock: { time: beforeForum } },
			async (page) => {
				await ask(page, query);
				await heroWith(page, line);
				expect(new URL(page.url()).searchParams.get('tz')).toMatch(zone);
			},
		);
	});

	it('offers Russian names for the zones an abbreviation may mean on a Russian page', async () => {
		await withPage(forum('ru'), { clock: { time: beforeForum } }, async (page) => {
			await ask(page, 'IST');
			await expect
				.poll(() => options(page))
				.toEqual([
					'Иерусалим, Израиль (UTC+2)',
					'Коломбо, Шри-Ланка (UTC+5:30)',
					'Нью-Дели, Индия (UTC+5:30)',
				]);
		});
	});

	it('finds nothing by an abbreviation not in use on the meeting’s date, and changes nothing', async () => {
		await withPage(
			forum('en'),
			{ timezoneId: 'Europe/Madrid', clock: { time: beforeForum } },
			async (page) => {
				const shown = await heroWith(page, '08:00–14:30 your time (Madrid, UTC+1)');
				// Madrid is on CET in November, not CEST.
				await ask(page, 'CEST');
				await expect
					.poll(() => announced(page))
					.toBe('No time zone matches that name; the times shown are unchanged.');
				expect(await hero(page)).toEqual(shown);
				expect(new URL(page.url()).search).toBe('');
			},
		);
	});
});
