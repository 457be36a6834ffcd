// Builds the site from tests/fixtures/meetings (MEETINGS_DIR), started from another folder as a CI
// job might be: a copy of the 7th U4SSC meeting and meetings unlike it, in person and hybrid, in
// New York in winter and Sydney in summer, over two days, with a timed programme and a venue, one
// with key deadlines and no initiative. They must become complete pages, calendar files and share
// images with no code change.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { fixtureMeetingsDir } from '../helpers/content.ts';
import { buildCopy, copyProject, removeCopy } from '../helpers/site-copy.ts';

const slugs = readdirSync(fixtureMeetingsDir).sort();
let site: string;
let build: { status: number | null; output: string };

beforeAll(async () => {
	site = copyProject('meetings-fixture-site-');
	build = await buildCopy(
		site,
		{
			MEETINGS_DIR: fixtureMeetingsDir,
			// Before every fixture meeting, so that the calendar feed holds them all.
			BUILD_TIME: '2018-01-01T00:00:00Z',
		},
		{ from: tmpdir() },
	);
}, 180_000);
afterAll(() => removeCopy(site));

function page(path: string): string {
	return readFileSync(join(site, 'dist', path, 'index.html'), 'utf8');
}

/** The text a reader sees in a piece of markup: inline tags dropped, block tags as spaces. */
function readable(html: string): string {
	return html
		.replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
		.replace(/<\/?(time|span|a|strong)\b[^>]*>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The text a reader sees inside the first element with this class. */
function shown(html: string, className: string): string {
	const start = html.search(new RegExp(`<(div|dl) class="${className}[" ]`));
	expect(start, `no .${className} in the page`).toBeGreaterThanOrEqual(0);
	const tag = html.slice(start + 1, start + 4).trim();
	return readable(html.slice(start, html.indexOf(`</${tag}>`, start)));
}

describe('a site built from the fixture meetings', () => {
	it('builds without errors', () => {
		expect(build.output).not.toMatch(/error/i);
		expect(build.status).toBe(0);
	});

	it('warns, built without SITE, that the placeholder address will be in its links', () => {
		expect(build.output).toContain(
			'SITE is not set, so the site is built for the placeholder address https://meetings.example.org.',
		);
	});

	it('has a page per fixture meeting and language, and no other meeting', () => {
		for (const locale of ['en', 'ru']) {
			const built = readdirSync(join(site, 'dist', locale, 'meetings'), { withFileTypes: true })
				.filter((entry) => entry.isDirectory())
				.map((entry) => entry.name)
				.sort();
			expect(built).toEqual(slugs);
			for (const slug of slugs) {
				expect(existsSync(join(site, 'dist', locale, 'meetings', slug, 'index.html'))).toBe(true);
			}
		}
	});

	it('draws every share image, 1200 × 630, on the worker threads it found from another folder', () => {
		for (const slug of slugs) {
			for (const locale of ['en', 'ru']) {
				const png = readFileSync(join(site, 'dist', locale, 'meetings', `${slug}.png`));
				expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
				// The IHDR chunk: width and height as 32-bit big-endian numbers.
				expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
			}
		}
	});

	it.each([
		[
			'en/meetings/ai4good-3',
			'16 – 17 January 2024 16 January at 09:00 – 17 January at 17:30 New York time (EST, UTC−5) 16 January at 14:00 – 17 January at 22:30 UTC',
		],
		[
			'ru/meetings/ai4good-3',
			'16–17 января 2024 г. 16 января в 09:00 – 17 января в 17:30 (Нью-Йорк, EST, UTC−5) 16 января в 14:00 – 17 января в 22:30 UTC',
		],
		[
			'en/meetings/smart-cities-summit-2',
			'27 – 28 February 2024 27 February at 17:00 – 28 February at 13:00 Sydney time (AEDT, UTC+11) 27 February at 06:00 – 28 February at 02:00 UTC',
		],
		[
			'ru/meetings/smart-cities-summit-2',
			'27–28 февраля 2024 г. 27 февраля в 17:00 – 28 февраля в 13:00 (Сидней, AEDT, UTC+11) 27 февраля в 06:00 – 28 февраля в 02:00 UTC',
		],
	])('shows the two days in the local zone and in UTC on %s', (path, expected) => {
		expect(shown(page(path), 'when')).toBe(expected);
	});

	it.each([
		[
			'en/meetings/ai4good-3',
			'Format In person Language English and French Participation Free of charge Registration Mandatory Venue United Nations Headquarters, Conference Room 4 405 East 42nd Street, New York, NY 10017, United States',
		],
		[
			'ru/meetings/smart-cities-summit-2',
			'Формат Смешанный (очно и онлайн) Язык Только английский Участие Платное (подробности на веб-сайте собрания) Регистрация Желательна Место проведения Международный конференц-центр Сиднея 14 Darling Drive, Sydney NSW 2000, Австралия',
		],
	])('names the format, languages, cost, registration and venue on %s', (path, expected) => {
		expect(shown(page(path), 'facts')).toBe(expected);
	});

	it.each([
		[
			'en/meetings/ai4good-3.ics',
			'DTSTART:20240116T140000Z',
			'DTEND:20240117T223000Z',
			'LOCATION:United Nations Headquarters\\, Conference Room 4\\, 405 East 42nd Street\\, New York\\, NY 10017\\, United States',
		],
		[
			'ru/meetings/smart-cities-summit-2.ics',
			'DTSTART:20240227T060000Z',
			'DTEND:20240228T020000Z',
			'LOCATION:Международный конференц-центр Сиднея\\, 14 Darling Drive\\, Sydney NSW 2000\\, Австралия · https://www.itu.int/en/ITU-T/ssc/sydney-2024/',
		],
	])(
		'writes a calendar file %s with the UTC instants and the venue, and the link when hybrid',
		(path, start, end, location) => {
			// Unfold the 75-octet lines of RFC 5545 before reading the properties.
			const lines = readFileSync(join(site, 'dist', path), 'utf8')
				.replace(/\r?\n /g, '')
				.split(/\r?\n/);
			expect(lines).toContain(start);
			expect(lines).toContain(end);
			expect(lines).toContain(location);
		},
	);

	it.each([
		[
			'en/meetings/ai4good-3',
			[
				'Tuesday, 16 January 2024',
				'09:00–09:45 Opening and welcome',
				'10:00–12:00 Workshop A: AI for health (parallel session)',
				'10:00–12:00 Workshop B: AI for climate action (parallel session)',
				'Wednesday, 17 January 2024',
				'16:30–17:30 Conclusions and closing',
			],
		],
	])('sets out the programme day by day in the meeting’s zone on %s', (path, rows) => {
		const html = page(path);
		const table = html.slice(
			html.indexOf('<table class="programme'),
			html.indexOf('</table>', html.indexOf('<table class="programme')),
		);
		const cells = [...table.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].slice(1).map(([, row]) =>
			row!
				.replace(/<td[^>]*data-your-time[^>]*>[\s\S]*?<\/td>/g, '')
				.replace(/<\/?(time|span|a|strong)\b[^>]*>/g, '')
				.replace(/<[^>]+>/g, ' ')
				.replace(/\s+/g, ' ')
				.trim(),
		);
		for (const row of rows) expect(cells).toContain(row);
		expect(cells.indexOf('Wednesday, 17 January 2024')).toBeGreaterThan(
			cells.indexOf('10:00–12:00 Workshop B: AI for climate action (parallel session)'),
		);
	});

	it('lists every meeting in the calendar feed of each language', () => {
		for (const locale of ['en', 'ru']) {
			const feed = readFileSync(join(site, 'dist', locale, 'calendar.ics'), 'utf8');
			expect(feed.match(/^BEGIN:VEVENT/gm)).toHaveLength(slugs.length);
			for (const slug of slugs) expect(feed).toContain(`UID:${slug}@meetings.example.org`);
		}
	});

	// Built on 1 January 2018, before every deadline of the meeting: none is marked as passed, even
	// though the machine's clock is years past them (the build reads BUILD_TIME, as every
	// component does). tests/build/incremental-build.test.ts builds it after them.
	it.each([
		[
			'en/meetings/fg-dt4c-3',
			'Key deadlines Monday, 15 January 2018 Submit requests for fellowships Friday, 26 January 2018 Submit requests for visa support letters Friday, 16 February 2018 Submit contributions',
		],
		[
			'ru/meetings/fg-dt4c-3',
			'Основные сроки Понедельник, 15 января 2018 г. Представление заявок на стипендии Пятница, 26 января 2018 г. Представление запросов на письма о содействии в получении визы Пятница, 16 февраля 2018 г. Представление вкладов',
		],
	])('lists the key deadlines, none passed at the build’s clock, on %s', (path, expected) => {
		const html = page(path);
		const start = html.indexOf('<section id="deadlines"');
		expect(start).toBeGreaterThanOrEqual(0);
		expect(readable(html.slice(start, html.indexOf('</section>', start)))).toBe(expected);
	});

	it('shows no initiative for a meeting of none, and the initiative of one that has it', () => {
		expect(page('en/meetings/fg-dt4c-3')).not.toContain('id="initiative"');
		expect(page('en/meetings/u4ssc-7')).toContain('id="initiative"');
	});

	it('puts the key deadlines in the meeting’s calendar file as all-day events', () => {
		const ics = readFileSync(join(site, 'dist/en/meetings/fg-dt4c-3.ics'), 'utf8');
		expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(4);
		expect(ics).toContain('DTSTART;VALUE=DATE:20180115\r\nDTEND;VALUE=DATE:20180116\r\n');
	});

	it('lists every meeting on the home page of each language', () => {
		for (const slug of slugs) expect(page('en')).toContain(`href="/en/meetings/${slug}/"`);
		expect(page('ru')).toContain('Третий семинар «ИИ\u00a0во\u00a0благо»');
		expect(page('ru')).toContain('Второй саммит «умных» устойчивых городов');
	});
});
