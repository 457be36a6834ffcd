// axe-core (WCAG 2.2 A and AA rules) over every built page, in both colour schemes, with and
// without JavaScript: 0 violations. One browser for the whole file; one context per combination.

import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { launchBrowser, newContext } from '../../scripts/harness/browser.ts';
import { pagePaths } from '../../scripts/harness/site.ts';

/** The WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** One line per failing element, so a red test says what to fix and where. */
function describeViolations(violations: Result[]): string[] {
	return violations.flatMap((violation) =>
		violation.nodes.map(
			(node) =>
				`${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(' ')}`,
		),
	);
}

/**
 * The page as a browser without JavaScript gets it: no script runs, and <noscript> content is
 * markup. axe itself is asynchronous and needs timers, which a context with JavaScript disabled
 * never runs (measured: it hangs), so the "off" pages are served to a JavaScript-enabled page
 * with their scripts removed and their <noscript> unwrapped.
 */
function withoutScripts(html: string): string {
	return html
		.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
		.replace(/<\/?noscript\b[^>]*>/gi, '');
}

async function serveWithoutScripts(context: BrowserContext) {
	await context.route(
		(url) => !/\.[a-z0-9]+$/i.test(url.pathname) || url.pathname.endsWith('.html'),
		async (route) => {
			const response = await route.fetch();
			const type = response.headers()['content-type'] ?? '';
			if (!type.startsWith('text/html')) return route.fulfill({ response });
			await route.fulfill({ response, body: withoutScripts(await response.text()) });
		},
	);
}

const paths = pagePaths();
const combinations = (['light', 'dark'] as const).flatMap((colorScheme) =>
	[true, false].map((javaScriptEnabled) => ({ colorScheme, javaScriptEnabled })),
);

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe.each(combinations)(
	'in the $colorScheme colour scheme, JavaScript on: $javaScriptEnabled',
	({ colorScheme, javaScriptEnabled }) => {
		let context: BrowserContext;
		beforeAll(async () => {
			context = await newContext(browser, { baseURL: inject('baseURL'), colorScheme });
			if (!javaScriptEnabled) await serveWithoutScripts(context);
		});
		afterAll(async () => {
			await context?.close();
		});

		it.each(paths)('%s has no WCAG 2.2 A or AA violation', async (path) => {
			const page = await context.newPage();
			try {
				await page.goto(path, { waitUntil: 'load' });
				const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
				expect(describeViolations(results.violations)).toEqual([]);
				// axe looked at the page it was meant to: in the scheme as set, with or without scripts.
				const seen = await page.evaluate(() => ({
					dark: matchMedia('(prefers-color-scheme: dark)').matches,
					scripts: document.scripts.length,
				}));
				expect(seen.dark).toBe(colorScheme === 'dark');
				if (!javaScriptEnabled) expect(seen.scripts).toBe(0);
			} finally {
				await page.close();
			}
		});
	},
);

it('reports a page whose text is too faint and whose field has no label', async () => {
	const context = await newContext(browser, { baseURL: inject('baseURL') });
	try {
		const page = await context.newPage();
		await page.setContent(
			'<!doctype html><html lang="en"><title>t</title><main><p style="color:#bbb">faint</p>' +
				'<input type="text"></main></html>',
		);
		const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
		expect(results.violations.map((violation) => violation.id).sort()).toEqual([
			'color-contrast',
			'label',
		]);
	} finally {
		await context.close();
	}
});
