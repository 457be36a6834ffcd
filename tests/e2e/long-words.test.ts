// No page scrolls sideways on a narrow phone, whatever the editors write: on the site of the
// fixture meetings (tests/fixtures/meetings, built by global-setup.ts), one of which
// (smart-cities-lab-1) has long unbroken words in its title, organisers, venue, programme, links
// and e-mail, every page is opened at 320 and 390 px, with and without JavaScript.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { launchBrowser, newContext } from '../../scripts/harness/browser.ts';
import { htmlFiles, urlPathOf } from '../../scripts/harness/site.ts';

const baseURL = inject('fixtureURL');
const pages = htmlFiles(inject('fixtureDist')).map(urlPathOf);
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Elements wider than the window (the page's own scroll width would show it too). */
async function overflowing(path: string, width: number, javaScriptEnabled: boolean) {
	const context = await newContext(browser, {
		baseURL,
		viewport: { width, height: 800 },
		javaScriptEnabled,
		clock: { time: '2025-09-01T12:00:00+02:00' },
	});
	try {
		const page = await context.newPage();
		await page.goto(path);
		return await page.evaluate(() => {
			const limit = document.documentElement.clientWidth;
			const wide = [...document.querySelectorAll('body *')]
				.filter((element) => element.getBoundingClientRect().right > limit + 0.5)
				.filter((element) => !element.closest('[hidden], .visually-hidden, .sr-only'))
				.map((element) => `<${element.localName} class="${element.className}">`);
			return {
				scrollWidth: document.documentElement.scrollWidth,
				clientWidth: limit,
				wide: wide.slice(0, 5),
			};
		});
	} finally {
		await context.close();
	}
}

describe('the fixture site on a narrow phone', () => {
	it('has the long-word meeting among its pages', () => {
		expect(pages).toContain('/en/meetings/smart-cities-lab-1/');
		expect(pages).toContain('/ru/meetings/smart-cities-lab-1/');
	});

	for (const width of [320, 390]) {
		for (const javaScriptEnabled of [true, false]) {
			it(`scrolls no page sideways at ${width} px, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async () => {
				const found: string[] = [];
				for (const path of pages) {
					const { scrollWidth, clientWidth, wide } = await overflowing(
						path,
						width,
						javaScriptEnabled,
					);
					if (scrollWidth > clientWidth) {
						found.push(`${path}: ${scrollWidth} px wide in ${clientWidth} px (${wide.join(' ')})`);
					}
				}
				expect(found).toEqual([]);
			});
		}
	}
});
