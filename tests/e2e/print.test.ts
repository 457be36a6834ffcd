// The meeting page on paper (the 7th U4SSC meeting of the site built from the fixture meetings):
// an A4 sheet must carry the essentials (what, when, how to take part, whom to contact) on its
// first page, with no button that means nothing in print.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { launchBrowser, newContext } from '../../scripts/harness/browser.ts';

// A4 is 210 × 297 mm; the print sheet's @page margin is 1.4 cm. At 96 CSS px per inch that leaves
// a 688 × 1017 px box for the first page's content.
const mm = 96 / 25.4;
const printable = { width: Math.floor((210 - 28) * mm), height: Math.floor((297 - 28) * mm) };

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe.each(['en', 'ru'])('the printed meeting page (%s)', (locale) => {
	it('puts the title, date and time, key facts and contacts on the first sheet', async () => {
		const context = await newContext(browser, {
			baseURL: inject('fixtureURL'),
			viewport: printable,
			clock: { time: '2026-11-30T12:00:00Z' },
		});
		const page = await context.newPage();
		await page.goto(`/${locale}/meetings/u4ssc-7/`);
		await page.emulateMedia({ media: 'print' });

		const bottoms: Record<string, number> = {};
		for (const [name, selector] of Object.entries({
			title: 'h1',
			date: '.when .date',
			time: '.when .local',
			facts: 'dl.facts',
			contacts: 'address',
		})) {
			const box = await page.locator(selector).boundingBox();
			bottoms[name] = Math.round((box?.y ?? Infinity) + (box?.height ?? 0));
		}
		for (const [name, bottom] of Object.entries(bottoms)) {
			expect(bottom, `${name} ends at ${bottom}px of ${printable.height}px`).toBeLessThanOrEqual(
				printable.height,
			);
		}
		expect(await page.locator('header.site-header').isVisible()).toBe(false);
		expect(
			await page
				.getByRole('link', { name: /Register on the meeting page|Зарегистрироваться/ })
				.isVisible(),
		).toBe(false);
		await context.close();
	});

	it('prints to a PDF of at most three A4 pages', async () => {
		const context = await newContext(browser, { baseURL: inject('fixtureURL') });
		const page = await context.newPage();
		await page.goto(`/${locale}/meetings/u4ssc-7/`);
		const pdf = await page.pdf({ format: 'A4' });
		// Chromium writes one "/Type /Page" dictionary per page (and "/Type /Pages" for the tree).
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
		expect(pages.length).toBeGreaterThanOrEqual(1);
		expect(pages.length).toBeLessThanOrEqual(3);
		await context.close();
	});
});
