// The calendar files, add-to-calendar links and share metadata of the site built from the fixture
// meetings, read in Chromium and over HTTP: what a calendar app, a search engine or a messenger
// receives for the 7th U4SSC meeting.

import { readFile } from 'node:fs/promises';

import ICAL from 'ical.js';
import { describe, expect, inject, it } from 'vitest';

import { useBrowser } from './use-browser.ts';
import { seen } from './reader.ts';

const baseURL = inject('fixtureURL');
const origin = 'https://meetings.example.org';

const pages = [
	{
		locale: 'en',
		path: '/en/meetings/u4ssc-7/',
		region: 'Calendar',
		buttons: ['Google Calendar', 'Outlook.com', 'Outlook (Microsoft 365)'],
		file: 'Calendar file (.ics)',
		title: '7th meeting of the United for Smart Sustainable Cities initiative (U4SSC)',
		shortTitle: '7th U4SSC meeting',
	},
	{
		locale: 'ru',
		path: '/ru/meetings/u4ssc-7/',
		region: 'Календарь',
		buttons: ['Google Календарь', 'Outlook.com', 'Outlook (Microsoft 365)'],
		file: 'Файл календаря (.ics)',
		title:
			'Седьмое собрание в рамках инициативы «Объединение усилий в целях построения „умных“ устойчивых городов» (U4SSC)',
		shortTitle: 'Седьмое собрание U4SSC',
	},
] as const;

const { open } = useBrowser({ baseURL });

/** The site path of an absolute URL on the configured site, to fetch it from the local server. */
const local = (url: string) => `${baseURL}${new URL(url).pathname}`;

async function html(path: string) {
	const response = await fetch(`${baseURL}${path}`);
	expect(response.status).toBe(200);
	return response.text();
}

describe.each(pages)('the calendar block on $path', (expected) => {
	// The fixture site is built after the meeting: its page carries the files only. The links of a
	// meeting still ahead at the build, and their hiding when it ends, are many-meetings.test.ts's.
	it('offers no Google or Outlook link on a page built after the meeting, on any clock (frozen: 19 June 2023)', async () => {
		const { page } = await open(expected.path, { clock: { time: '2023-06-19T10:00:00Z' } });
		const region = page.getByRole('region', { name: expected.region });
		for (const name of expected.buttons) {
			expect.soft(await region.getByRole('link', { name, exact: true }).count(), name).toBe(0);
		}
		expect(await seen(region.getByRole('link', { name: expected.file }))).toBe(expected.file);
	});

	it('removes them after the meeting but keeps the .ics file (frozen clock: 21 June 2023)', async () => {
		const { page } = await open(expected.path, { clock: { time: '2023-06-21T10:00:00Z' } });
		const region = page.getByRole('region', { name: expected.region });
		for (const name of expected.buttons) {
			expect
				.soft(await region.getByRole('link', { name, exact: true }).isVisible(), name)
				.toBe(false);
		}
		expect(await seen(region.getByRole('link', { name: expected.file }))).toBe(expected.file);
	});

	it('downloads the meeting as a calendar file at the right instants', async () => {
		const { page } = await open(expected.path, { clock: { time: '2023-06-19T10:00:00Z' } });
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: expected.file }).click(),
		]);
		expect(download.suggestedFilename()).toBe('u4ssc-7.ics');
		const ics = await readFile((await download.path())!, 'utf8');
		const event = new ICAL.Event(
			new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!,
		);
		expect(event.summary).toBe(expected.shortTitle);
		expect(event.startDate.toJSDate().toISOString()).toBe('2023-06-20T07:30:00.000Z');
		expect(event.endDate.toJSDate().toISOString()).toBe('2023-06-20T14:00:00.000Z');
	});

	it('serves the file and the feed as text/calendar', async () => {
		for (const path of [
			`/${expected.locale}/meetings/u4ssc-7.ics`,
			`/${expected.locale}/calendar.ics`,
		]) {
			const response = await fetch(`${baseURL}${path}`);
			expect.soft(response.headers.get('content-type'), path).toBe('text/calendar; charset=utf-8');
			expect.soft((await response.text()).startsWith('BEGIN:VCALENDAR\r\n'), path).toBe(true);
		}
	});
});

describe.each(pages)('the metadata of $path', (expected) => {
	it('has a JSON-LD Event that matches the page', async () => {
		const { page } = await open(expected.path);
		const json = await page.locator('script[type="application/ld+json"]').textContent();
		const event = JSON.parse(json!);
		expect(event['@type']).toBe('Event');
		// The page's typography (no-break spaces) included; read as plain spaces.
		expect(event.name.replace(/\u00a0/g, ' ')).toBe(expected.title);
		expect(event.startDate).toBe('2023-06-20T09:30:00+02:00');
		expect(event.endDate).toBe('2023-06-20T16:00:00+02:00');
		expect(event.url).toBe(`${origin}${expected.path}`);
		expect(event.location.url).toBe('https://u4ssc.itu.int/latest-meetings/7th-meeting/');
	});

	it('shares a 1200×630 PNG that the site really serves', async () => {
		const { page } = await open(expected.path);
		const image = await page.locator('meta[property="og:image"]').getAttribute('content');
		expect(image).toBe(`${origin}/${expected.locale}/meetings/u4ssc-7.png`);
		const response = await fetch(local(image!));
		expect(response.headers.get('content-type')).toBe('image/png');
		const png = new DataView(await response.arrayBuffer());
		expect([png.getUint32(16), png.getUint32(20)]).toEqual([1200, 630]);
	});
});

describe('hreflang across the built pages', () => {
	const paths = ['/', '/en/', '/ru/', '/en/meetings/u4ssc-7/', '/ru/meetings/u4ssc-7/'];

	it.each(paths)('%s names pages that name it back, and has a canonical URL', async (path) => {
		const alternates = async (p: string) =>
			[...(await html(p)).matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
				([, lang, href]) => ({ lang: lang!, href: href! }),
			);
		const own = `${origin}${path}`;
		expect(await html(path)).toContain(`<link rel="canonical" href="${own}">`);
		const links = await alternates(path);
		expect(links.map((link) => link.lang)).toEqual(['en', 'ru', 'x-default']);
		for (const link of links) {
			const back = (await alternates(new URL(link.href).pathname)).map((l) => l.href);
			expect.soft(back, `${link.href} names ${own}`).toContain(own);
		}
	});
});

describe('robots.txt and the sitemap', () => {
	it('point crawlers at the sitemap on the configured site', async () => {
		expect(await html('/robots.txt')).toBe(
			`User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap-index.xml\n`,
		);
		expect(await html('/sitemap-index.xml')).toContain(`<loc>${origin}/sitemap-0.xml</loc>`);
	});

	it('lists both languages of the meeting page, each with the other as an alternate', async () => {
		const sitemap = await html('/sitemap-0.xml');
		for (const locale of ['en', 'ru']) {
			const entry = new RegExp(
				`<url><loc>${origin}/${locale}/meetings/u4ssc-7/</loc>(.*?)</url>`,
			).exec(sitemap);
			expect(entry?.[1]).toContain(
				`<xhtml:link rel="alternate" hreflang="en" href="${origin}/en/meetings/u4ssc-7/"/>`,
			);
			expect(entry?.[1]).toContain(
				`<xhtml:link rel="alternate" hreflang="ru" href="${origin}/ru/meetings/u4ssc-7/"/>`,
			);
		}
		expect(sitemap).not.toContain('404');
	});
});
