// A site of generated meetings over six years, built at a pinned clock (BUILD_TIME) and indexed
// by Pagefind as `npm run build` does, then read in Chromium: the home page's order before and
// after a meeting ends, the year pages, the news feed, the calendar feed's window and the search.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser, newContext, watchForProblems } from '../../scripts/harness/browser.ts';
import { writeMeetings, type MeetingSpec } from '../helpers/generated-meetings.ts';
import { serveBuiltCopy, type ServedSite } from '../helpers/site-copy.ts';

const BUILD_TIME = '2026-03-15T12:00:00Z';

/** Four meetings a year from 2022 to 2027, 10:00–16:00 in Geneva, plus the ones named below. */
const routine: MeetingSpec[] = [2022, 2023, 2024, 2025, 2026, 2027].flatMap((year) =>
	['02', '05', '08', '11'].map((month) => ({
		slug: `routine-${year}-${month}`,
		start: `${year}-${month}-12T10:00`,
		end: `${year}-${month}-12T16:00`,
		series: 'routine',
		title: { en: `Routine meeting ${year}-${month}`, ru: `Очередное собрание ${year}-${month}` },
	})),
);
const specs: MeetingSpec[] = [
	...routine,
	// Under way at BUILD_TIME (16 March 2026, 09:00–17:00 CET = 08:00–16:00 UTC)…
	{
		slug: 'digital-twins',
		start: '2026-03-16T09:00',
		end: '2026-03-17T17:00',
		title: {
			en: 'Workshop on digital twins of cities, Madrid',
			ru: 'Семинар по цифровым двойникам городов в Мадриде',
		},
		body: {
			en: 'Experts discuss the standardization of digital twins for urban planning.',
			ru: 'Эксперты обсудят стандартизацию цифровых двойников для городского планирования в Мадриде.',
		},
	},
];
const titles = (year: number, months = ['02', '05', '08', '11']) =>
	months.map((month) => `Routine meeting ${year}-${month}`);

let site: ServedSite;
let browser: Browser;

beforeAll(async () => {
	site = await serveBuiltCopy(
		'meetings-many-',
		(dir) => {
			const meetings = join(dir, 'generated-meetings');
			mkdirSync(meetings);
			writeMeetings(meetings, specs);
			return { MEETINGS_DIR: meetings, BUILD_TIME };
		},
		{ search: true },
	);
	browser = await launchBrowser();
}, 240_000);
afterAll(async () => {
	await browser?.close();
	await site?.close();
});

async function open(path: string, now: string) {
	const context = await newContext(browser, { baseURL: site.url, clock: { time: now } });
	await context.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(`${event.effectiveDirective} blocked ${event.blockedURI}`),
		);
	});
	const page = await context.newPage();
	const problems = watchForProblems(page);
	const requested: string[] = [];
	page.on('request', (request) => requested.push(new URL(request.url()).pathname));
	await page.goto(path);
	return { page, problems, requested, close: () => context.close() };
}

/** Text as a visitor reads it: the site's no-break spaces (its typography) as spaces. */
const plain = (text: string | null) => (text ?? '').replace(/\u00a0/g, ' ');
const texts = async (locator: Locator) => (await locator.allTextContents()).map(plain);

const cards = (page: Page, section: string) =>
	texts(page.getByRole('region', { name: section }).getByRole('heading', { level: 3 }));

describe('the home page', () => {
	it('lists the meeting under way first, then the upcoming ones, soonest first, then the latest past ones', async () => {
		// One minute before the Madrid workshop ends: 17:00 CET on 17 March 2026 is 16:00 UTC.
		const { page, close } = await open('/en/', '2026-03-17T15:59:00Z');
		try {
			expect(await cards(page, 'Upcoming meetings')).toEqual([
				'Workshop on digital twins of cities, Madrid',
				...titles(2026, ['05', '08', '11']),
				...titles(2027),
			]);
			expect(await cards(page, 'Past meetings')).toEqual([
				'Routine meeting 2026-02',
				...titles(2025).reverse(),
				...titles(2024).reverse(),
				...titles(2023).reverse().slice(0, 3),
			]);
		} finally {
			await close();
		}
	});

	it('moves the meeting to the top of the past ones once it is over on the visitor’s clock', async () => {
		const { page, close } = await open('/en/', '2026-03-17T16:00:00Z');
		try {
			await expect
				.poll(() => cards(page, 'Upcoming meetings'))
				.toEqual([...titles(2026, ['05', '08', '11']), ...titles(2027)]);
			const past = await cards(page, 'Past meetings');
			expect(past.slice(0, 2)).toEqual([
				'Workshop on digital twins of cities, Madrid',
				'Routine meeting 2026-02',
			]);
			// The cards are moved, not added: still 20 in all.
			expect(past).toHaveLength(13);
		} finally {
			await close();
		}
	});

	it('links each year, the latest first, and the news feed', async () => {
		const { page, close } = await open('/ru/', BUILD_TIME);
		try {
			const years = page.getByRole('navigation', { name: 'Собрания по годам' }).getByRole('link');
			expect(await texts(years)).toEqual(['2027', '2026', '2025', '2024', '2023', '2022']);
			expect(await years.first().getAttribute('href')).toBe('/ru/years/2027/');
			expect(
				await page
					.locator('link[rel="alternate"][type="application/rss+xml"]')
					.getAttribute('href'),
			).toBe('/ru/rss.xml');
		} finally {
			await close();
		}
	});
});

describe('the year pages', () => {
	it.each([2022, 2023, 2024, 2025, 2027])('list every meeting of %i in order', async (year) => {
		const { page, close } = await open(`/en/years/${year}/`, BUILD_TIME);
		try {
			expect(plain(await page.getByRole('heading', { level: 1 }).textContent())).toBe(
				`Meetings in ${year}`,
			);
			const list = page.getByRole('list', { name: 'Meetings' }).getByRole('link');
			expect(await texts(list)).toEqual(titles(year));
		} finally {
			await close();
		}
	});

	it('list the meeting of 2026 outside the series too, in Russian', async () => {
		const { page, close } = await open('/ru/years/2026/', BUILD_TIME);
		try {
			const list = page.getByRole('list', { name: 'Собрания' }).getByRole('link');
			expect(await texts(list)).toEqual([
				'Очередное собрание 2026-02',
				'Семинар по цифровым двойникам городов в Мадриде',
				'Очередное собрание 2026-05',
				'Очередное собрание 2026-08',
				'Очередное собрание 2026-11',
			]);
		} finally {
			await close();
		}
	});
});

describe('the feeds', () => {
	it('give the news feed as RSS that parses, the newest announcement first', async () => {
		const { page, close } = await open('/en/', BUILD_TIME);
		try {
			const items = await page.evaluate(async () => {
				const xml = await (await fetch('/en/rss.xml')).text();
				const feed = new DOMParser().parseFromString(xml, 'application/xml');
				if (feed.querySelector('parsererror')) throw new Error('the feed does not parse');
				return [...feed.querySelectorAll('item')].map((item) => ({
					title: item.querySelector('title')?.textContent?.replace(/\u00a0/g, ' '),
					date: new Date(item.querySelector('pubDate')?.textContent ?? '').toISOString(),
				}));
			});
			// The circulars are dated a month before each meeting.
			expect(items.slice(0, 3)).toEqual([
				{ title: 'Routine meeting 2027-11', date: '2027-10-12T00:00:00.000Z' },
				{ title: 'Routine meeting 2027-08', date: '2027-07-12T00:00:00.000Z' },
				{ title: 'Routine meeting 2027-05', date: '2027-04-12T00:00:00.000Z' },
			]);
			expect(items).toHaveLength(specs.length);
			const dates = items.map((item) => item.date);
			expect(dates).toEqual(dates.toSorted().reverse());
		} finally {
			await close();
		}
	});

	it('keep the calendar feed to the meetings ahead and those of the last 12 months', () => {
		const feed = readFileSync(join(site.dir, 'dist/en/calendar.ics'), 'utf8');
		const uids = [...feed.matchAll(/^UID:(.+?)@/gm)].map(([, uid]) => uid);
		// Every meeting from 15 March 2025 on, the latest first, as in the site's lists.
		expect(uids).toEqual([
			'routine-2027-11',
			'routine-2027-08',
			'routine-2027-05',
			'routine-2027-02',
			'routine-2026-11',
			'routine-2026-08',
			'routine-2026-05',
			'digital-twins',
			'routine-2026-02',
			'routine-2025-11',
			'routine-2025-08',
			'routine-2025-05',
		]);
	});
});

describe('the calendar block', () => {
	const buttons = ['Google Calendar', 'Outlook.com', 'Outlook (Microsoft 365)'] as const;
	/** Which of the three buttons a visitor sees, in order. */
	const visible = (region: Locator) =>
		Promise.all(buttons.map((name) => region.getByRole('link', { name, exact: true }).isVisible()));

	it('offers Google and both Outlooks for a meeting ahead at the build, until it ends on the visitor’s clock', async () => {
		// 12 May 2026, 10:00–16:00 in Geneva (CEST) = 08:00–14:00 UTC.
		const before = await open('/en/meetings/routine-2026-05/', BUILD_TIME);
		try {
			const region = before.page.getByRole('region', { name: 'Calendar' });
			expect(await visible(region)).toEqual([true, true, true]);
			const google = new URL(
				(await region.getByRole('link', { name: buttons[0] }).getAttribute('href'))!,
			);
			expect(google.searchParams.get('text')).toBe('Routine meeting 2026-05');
			expect(google.searchParams.get('dates')).toBe('20260512T080000Z/20260512T140000Z');
		} finally {
			await before.close();
		}
		const after = await open('/en/meetings/routine-2026-05/', '2026-05-12T14:00:00Z');
		try {
			const region = after.page.getByRole('region', { name: 'Calendar' });
			expect(await visible(region)).toEqual([false, false, false]);
			expect(await region.getByRole('link', { name: 'Calendar file (.ics)' }).isVisible()).toBe(
				true,
			);
		} finally {
			await after.close();
		}
	});

	it('has no Google or Outlook link for a meeting over at the build, even on a clock before it', async () => {
		const { page, close } = await open('/en/meetings/routine-2025-11/', '2025-11-01T00:00:00Z');
		try {
			const region = page.getByRole('region', { name: 'Calendar' });
			for (const name of buttons) {
				expect.soft(await region.getByRole('link', { name, exact: true }).count(), name).toBe(0);
			}
			expect(await region.getByRole('link', { name: 'Calendar file (.ics)' }).isVisible()).toBe(
				true,
			);
		} finally {
			await close();
		}
	});
});

describe('the search', () => {
	it.each([
		['/ru/', 'Мадрид', 'в Мадриде', '/ru/meetings/digital-twins/'],
		['/ru/', 'цифровой двойник', 'цифровым двойникам', '/ru/meetings/digital-twins/'],
		['/en/', 'standardizing', 'standardization', '/en/meetings/digital-twins/'],
		['/en/', 'twin', 'twins', '/en/meetings/digital-twins/'],
	])(
		'on %s finds «%s» in «%s», loading nothing before the box is used',
		async (home, query, _form, link) => {
			const { page, problems, requested, close } = await open(home, BUILD_TIME);
			try {
				await page.waitForLoadState('networkidle');
				expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
				const box = page.getByRole('searchbox');
				await box.fill(query);
				const results = page.getByRole('search').getByRole('listitem');
				await expect.poll(() => results.count()).toBe(1);
				expect(await results.getByRole('link').getAttribute('href')).toBe(link);
				expect(await results.locator('mark').count()).toBeGreaterThan(0);
				expect(plain(await page.getByRole('search').getByRole('status').textContent())).toBe(
					home === '/ru/' ? 'Найдено 1 объявление.' : '1 announcement found.',
				);
				expect(requested.some((path) => path.startsWith('/pagefind/'))).toBe(true);
				expect(await page.evaluate(() => (window as any).cspViolations)).toEqual([]);
				expect(problems.describe()).toEqual([]);
			} finally {
				await close();
			}
		},
	);

	it('says when nothing matches', async () => {
		const { page, close } = await open('/ru/', BUILD_TIME);
		try {
			await page.getByRole('searchbox').fill('Кейптаун');
			await expect
				.poll(async () => plain(await page.getByRole('search').getByRole('status').textContent()))
				.toBe('Объявлений по запросу «Кейптаун» не найдено.');
			expect(await page.getByRole('search').getByRole('listitem').count()).toBe(0);
		} finally {
			await close();
		}
	});
});
