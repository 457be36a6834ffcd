// The programme's "Your time" column in real Chromium: a fixture programme rendered through the
// Container API and served beside the site built from the fixture meetings, with that site's
// <meeting-schedule> script.

import { readFileSync } from 'node:fs';

import yaml from 'js-yaml';

import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';

import MeetingSchedule from '../../src/components/MeetingSchedule/MeetingSchedule.astro';
import { MeetingSchema } from '../../src/schemas/meeting.ts';
import { launchBrowser, newContext, watchForProblems } from '../../scripts/harness/browser.ts';

const baseURL = inject('fixtureURL');
const fixture = (name: string) =>
	JSON.parse(readFileSync(new URL(`../fixtures/programme/${name}`, import.meta.url), 'utf8'));
const schedule = MeetingSchema.parse(fixture('meeting.json')).schedule;
const titles = fixture('titles.json') as Record<'en' | 'ru', Record<string, string>>;
const builtPage = readFileSync(`${inject('fixtureDist')}en/meetings/u4ssc-7/index.html`, 'utf8');
/** The built page's <meeting-schedule> script, by its hashed name. */
const script = /<script type="module" src="([^"]*MeetingSchedule[^"]*)"/.exec(builtPage)![1]!;

let browser: Browser;
let container: AstroContainer;
beforeAll(async () => {
	browser = await launchBrowser();
	container = await AstroContainer.create();
});
afterAll(async () => {
	await browser?.close();
});

describe('the programme in the visitor’s time', () => {
	it.each([
		[
			'en',
			'Asia/Tokyo',
			['Time, Geneva', 'Your time', 'Session'],
			['14:00–14:30', '22:00–22:30', 'Opening and welcome'],
			['16:15–18:30', '00:15 +1 day–02:30 +1 day', 'Work plan 2025–2026'],
		],
		[
			'ru',
			'America/New_York',
			['Время, Женева', 'Ваше время', 'Заседание'],
			['14:00–14:30', '09:00–09:30', 'Открытие и приветствие'],
			['16:15–18:30', '11:15–13:30', 'План работы на 2025–2026 годы'],
		],
	] as const)('on a %s page in %s', async (locale, timezoneId, head, first, last) => {
		const body = await container.renderToString(MeetingSchedule, {
			props: {
				schedule,
				locale,
				place: locale === 'en' ? 'Geneva' : 'Женева',
				titles: titles[locale],
			},
		});
		// The Container API links the component's script from source; the built one replaces it.
		const markup = body.replace(/<script\b[\s\S]*?<\/script>/g, '');
		const html = `<!doctype html><html lang="${locale}"><meta charset="utf-8"><body>${markup}<script type="module" src="${script}"></script></body></html>`;
		const context = await newContext(browser, {
			baseURL,
			timezoneId,
			locale,
			clock: { time: '2025-03-01T00:00:00Z' },
		});
		const page = await context.newPage();
		const problems = watchForProblems(page);
		await page.route(`${baseURL}/fixture/`, (route) =>
			route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
		);
		await page.goto('/fixture/');
		const programme = page.locator('table.programme');
		await expect.poll(() => programme.locator('thead th').allInnerTexts()).toEqual(head);
		const cells = async (index: number) =>
			(await programme.locator('tbody tr').nth(index).locator('td').allInnerTexts()).map((text) =>
				text.split('\n')[0]!.trim(),
			);
		expect(await cells(0)).toEqual(first);
		expect(await cells(3)).toEqual(last);
		expect(problems.describe()).toEqual([]);
		await context.close();
	});
});

describe('a programme over two days in the visitor’s time', () => {
	const dir = new URL('../fixtures/meetings/ai4good-3/', import.meta.url);
	const twoDays = MeetingSchema.parse(
		JSON.parse(readFileSync(new URL('meeting.json', dir), 'utf8')),
	);
	const front = readFileSync(new URL('en.mdx', dir), 'utf8').split('---')[1]!;
	const sessionTitles = (yaml.load(front) as { programme: Record<string, string> }).programme;

	it.each([
		// In the meeting's own zone nothing moves, on either day.
		['America/New_York', ['09:00–09:45', '09:00–09:45'], ['09:30–12:30', '09:30–12:30']],
		// Tokyo is 14 hours ahead in January: the second day's morning ends after midnight there.
		['Asia/Tokyo', ['09:00–09:45', '23:00–23:45'], ['09:30–12:30', '23:30–02:30 +1 day']],
	] as const)(
		'counts day markers from each session’s own date (%s)',
		async (timezoneId, first, second) => {
			const body = await container.renderToString(MeetingSchedule, {
				props: {
					schedule: twoDays.schedule,
					locale: 'en',
					place: 'New York',
					titles: sessionTitles,
				},
			});
			const markup = body.replace(/<script\b[\s\S]*?<\/script>/g, '');
			const html = `<!doctype html><html lang="en"><meta charset="utf-8"><body>${markup}<script type="module" src="${script}"></script></body></html>`;
			const context = await newContext(browser, {
				baseURL,
				timezoneId,
				clock: { time: '2024-01-01T00:00:00Z' },
			});
			const page = await context.newPage();
			await page.route(`${baseURL}/fixture/`, (route) =>
				route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
			);
			await page.goto('/fixture/');
			const rows = page.locator('table.programme tbody tr[data-start]');
			const times = async (index: number) =>
				(await rows.nth(index).locator('td.time').allInnerTexts()).map((text) => text.trim());
			await expect.poll(() => times(0)).toEqual(first);
			// The fourth session, "Standards for trustworthy AI", sits under the heading of 17 January.
			expect(await times(3)).toEqual(second);
			await context.close();
		},
	);
});
