// A keyboard-only walk through each meeting page: Tab reaches every control in reading order,
// each shows a visible focus ring, the time-zone picker takes a zone typed at the keyboard, and
// the skip link leads into the main content.

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { dictionaries } from '../../src/i18n/index.ts';
import { locales, type Locale } from '../../src/i18n/locales.ts';
import { launchBrowser, newContext } from '../../scripts/harness/browser.ts';
import { meetingPaths } from '../../scripts/harness/site.ts';
import { collapse } from './reader.ts';

/** What a person sees of the focused element: its role-ish tag and its name. */
const describeFocused = (page: Page) =>
	page.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		if (!element || element === document.body) return null;
		const style = getComputedStyle(element);
		const ring =
			(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
			style.boxShadow !== 'none';
		const name = (element.getAttribute('aria-label') ?? element.textContent ?? '')
			.replace(/\s+/g, ' ')
			.trim();
		return { control: `${element.tagName.toLowerCase()} "${name}"`, ring };
	});

/** Every control a keyboard user should reach, in document (reading) order. */
const focusableInOrder = (page: Page) =>
	page.evaluate(() =>
		[
			...document.querySelectorAll<HTMLElement>(
				'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]',
			),
		]
			.filter((element) => element.tabIndex >= 0 && !element.matches(':disabled'))
			// The skip link is hidden until focused; everything else must be visible to count.
			.filter((element) => element.classList.contains('skip-link') || element.checkVisibility())
			.map((element) => {
				const name = (element.getAttribute('aria-label') ?? element.textContent ?? '')
					.replace(/\s+/g, ' ')
					.trim();
				return `${element.tagName.toLowerCase()} "${name}"`;
			}),
	);

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
	browser = await launchBrowser();
	context = await newContext(browser, { baseURL: inject('baseURL') });
});
afterAll(async () => {
	await browser?.close();
});

describe.each(meetingPaths())('%s with the keyboard only', (path) => {
	const locale = path.split('/')[1] as Locale;
	if (!locales.includes(locale)) throw new Error(`${path} is not under a known language`);
	const t = dictionaries[locale];

	it('reaches every control in reading order, each with a visible focus ring', async () => {
		const page = await context.newPage();
		try {
			await page.goto(path);
			const expected = await focusableInOrder(page);
			// The accessible name reads the dictionary's no-break spaces as spaces.
			expect(expected[0]).toBe(`a "${collapse(t['nav.skipToContent'])}"`);
			const reached: string[] = [];
			const withoutRing: string[] = [];
			for (let step = 0; step < expected.length; step++) {
				await page.keyboard.press('Tab');
				const focused = await describeFocused(page);
				if (!focused) break;
				reached.push(focused.control);
				if (!focused.ring) withoutRing.push(focused.control);
			}
			expect(reached).toEqual(expected);
			expect(withoutRing).toEqual([]);
		} finally {
			await page.close();
		}
	});

	it('changes the time zone by Tab, typing and Enter alone', async () => {
		// A context of its own: the zone chosen here is remembered in localStorage.
		const own = await newContext(browser, { baseURL: inject('baseURL') });
		try {
			const page = await own.newPage();
			await page.goto(path);
			const picker = page.getByRole('combobox');
			const focused = () => picker.evaluate((element) => element === document.activeElement);
			for (let step = 0; step < 200 && !(await focused()); step++) await page.keyboard.press('Tab');
			expect(await focused(), 'Tab never reached the time-zone picker').toBe(true);
			await page.keyboard.type('Asia/Tokyo');
			await page.keyboard.press('Enter');
			await expect.poll(() => new URL(page.url()).searchParams.get('tz')).toBe('Asia/Tokyo');
		} finally {
			await own.close();
		}
	});

	it('skips from the first Tab straight into the main content', async () => {
		const page = await context.newPage();
		try {
			await page.goto(path);
			await page.keyboard.press('Tab');
			await expect.poll(() => page.locator('.skip-link').isVisible()).toBe(true);
			await page.keyboard.press('Enter');
			expect(new URL(page.url()).hash).toBe('#main');
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
		} finally {
			await page.close();
		}
	});
});
