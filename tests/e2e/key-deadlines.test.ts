// <key-deadlines> in Chromium: how far off each deadline is, decided on the reader's clock, counted
// in days of the meeting's own calendar, whatever zone the reader is in, and updated while the page
// stays open. The server markup comes from the component; the element is bundled as the site does.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

import KeyDeadlines from '../../src/components/KeyDeadlines/KeyDeadlines.astro';
import { fixtureMeeting } from '../helpers/meetings.ts';
import { useBrowser } from './use-browser.ts';
import { collapse } from './reader.ts';

const { open } = useBrowser();
let element = '';
const markup: Record<string, string> = {};

beforeAll(async () => {
	const bundled = await build({
		entryPoints: ['src/components/KeyDeadlines/key-deadlines.ts'],
		bundle: true,
		write: false,
		format: 'iife',
	});
	element = bundled.outputFiles[0]!.text;
	const container = await AstroContainer.create();
	for (const locale of ['en', 'ru'] as const) {
		const { facts, text } = fixtureMeeting('fg-dt4c-3', locale);
		markup[locale] = (
			await container.renderToString(KeyDeadlines, {
				props: {
					deadlines: facts.keyDeadlines!,
					titles: text.keyDeadlines!,
					timeZone: facts.schedule.timeZone,
					locale,
					// Built before the first deadline: the server marks none as passed.
					now: Date.parse('2017-12-20T12:00:00Z'),
				},
			})
		).replace(/<script\b[\s\S]*?<\/script>/g, '');
	}
});

async function distances(
	locale: 'en' | 'ru',
	options: Parameters<typeof open>[1],
	javaScript = true,
) {
	const { page } = await open('/404.html', options);
	// A blank document: the site's pages carry a CSP that forbids this test's inline script.
	await page.goto('about:blank');
	await page.setContent(
		`<!doctype html><html lang="${locale}"><body>${markup[locale]}${javaScript ? `<script>${element}</script>` : ''}</body></html>`,
	);
	const read = () =>
		page.locator('li').evaluateAll((items) =>
			// No-break spaces (the number kept with its word) read as spaces.
			items.map((item) =>
				item.querySelector('[data-distance]')!.textContent!.replace(/\s+/g, ' ').trim(),
			),
		);
	return { page, read };
}

describe('key deadlines at view time', () => {
	it('says how many days are left, in the meeting’s calendar, to a reader in Los Angeles', async () => {
		const { read } = await distances('en', {
			timezoneId: 'America/Los_Angeles',
			clock: { time: '2018-01-03T12:00:00Z' },
		});
		await expect.poll(read).toEqual(['in 12 days', 'in 23 days', 'in 44 days']);
	});

	it('says «срок истек», «сегодня» and «через 21 день» to a reader in Tokyo', async () => {
		// 00:30 on 26 January in Geneva, 08:30 in Tokyo.
		const { read } = await distances('ru', {
			timezoneId: 'Asia/Tokyo',
			clock: { time: '2018-01-25T23:30:00Z' },
		});
		await expect.poll(read).toEqual(['срок истек', 'сегодня', 'через 21 день']);
	});

	it('turns "today" into "passed" when the day ends in Geneva, with the page left open', async () => {
		const { page, read } = await distances('en', {
			clock: { time: '2018-01-15T22:30:00Z', mode: 'installed' },
		});
		await expect.poll(read).toEqual(['today', 'in 11 days', 'in 32 days']);
		await page.clock.runFor('01:00:00');
		await expect.poll(read).toEqual(['passed', 'in 10 days', 'in 31 days']);
	});

	it('shows the dates and what is due without JavaScript', async () => {
		const { page, read } = await distances(
			'en',
			{ clock: { time: '2018-01-03T12:00:00Z' } },
			false,
		);
		expect(await read()).toEqual(['', '', '']);
		expect(collapse(await page.locator('li').first().innerText())).toContain(
			'Monday, 15 January 2018 Submit requests for fellowships',
		);
	});
});
