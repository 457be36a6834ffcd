// Byte budgets of every page, as a test: bytes do not vary from run to run. Everything a page loads
// from the site is gzip-compressed here the way a static host would serve it; a meeting page's
// zone picker counts with the code and data it loads on first use.

import { gzipSync } from 'node:zlib';

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { budgets } from '../../scripts/harness/budgets.ts';
import { launchBrowser, newContext } from '../../scripts/harness/browser.ts';
import { pagePaths } from '../../scripts/harness/site.ts';

const gzipped = (body: Buffer | string) => gzipSync(body).length;

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const isMeetingPage = (path: string) => /^\/[a-z]{2}\/meetings\/[^/]+\/$/.test(path);

describe.each(pagePaths())('%s', (path) => {
	it('stays within 25 KB gzip with all it loads, a zone picker’s code and data too, and 8 KB gzip of JavaScript', async () => {
		const context = await newContext(browser, { baseURL: inject('baseURL') });
		try {
			const page = await context.newPage();
			const loaded: Promise<{ url: string; type: string; bytes: number }>[] = [];
			page.on('response', (response) => {
				loaded.push(
					response.body().then((body) => ({
						url: response.url(),
						type: response.request().resourceType(),
						bytes: gzipped(body),
					})),
				);
			});
			await page.goto(path, { waitUntil: 'networkidle' });
			if (isMeetingPage(path)) {
				// The zone picker loads its code and data on first use: they count too.
				await page.getByRole('combobox').focus();
				await expect.poll(() => page.locator('datalist option').count()).toBeGreaterThan(300);
				await page.waitForLoadState('networkidle');
			}
			const resources = await Promise.all(loaded);
			const urls = resources.map((resource) => resource.url);
			if (isMeetingPage(path)) {
				// Russian pages fetch the Russian city names too.
				expect(urls.some((url) => url.endsWith('/data/zone-table.json'))).toBe(true);
				expect(urls.some((url) => url.endsWith('/data/zone-cities.ru.json'))).toBe(
					path.startsWith('/ru/'),
				);
			}
			// The search loads only when its box is used.
			expect(urls.filter((url) => url.includes('/pagefind/'))).toEqual([]);
			// Astro inlines small scripts into the HTML; they count as JavaScript too. Data blocks
			// (JSON-LD) are not JavaScript.
			const inline = await page.evaluate(() =>
				[...document.scripts]
					.filter(
						(script) => !script.src && ['', 'module', 'text/javascript'].includes(script.type),
					)
					.map((script) => script.text),
			);
			const total = resources.reduce((sum, resource) => sum + resource.bytes, 0);
			const javaScript =
				resources
					.filter((resource) => resource.type === 'script')
					.reduce((sum, resource) => sum + resource.bytes, 0) +
				inline.reduce((sum, text) => sum + gzipped(text), 0);
			expect(resources.some((resource) => resource.type === 'document')).toBe(true);
			expect(total, `${total} bytes gzip in all`).toBeLessThanOrEqual(budgets.pageGzipBytes);
			expect(javaScript, `${javaScript} bytes gzip of JavaScript`).toBeLessThanOrEqual(
				budgets.pageJsGzipBytes,
			);
			console.log(`${path}: ${total} B gzip in ${resources.length} requests, JS ${javaScript} B`);
		} finally {
			await context.close();
		}
	});
});
