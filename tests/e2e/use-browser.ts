// The browser for one test file: started before its tests, closed after them, with every context.

import type { BrowserContext, Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

import {
	launchBrowser,
	newContext,
	watchForProblems,
	type ContextOptions,
} from '../../scripts/harness/browser.ts';

/**
 * One Chromium for a test file, and `open()` for a page in a fresh context with its own language,
 * zone and clock. Every context and the browser close after the file's tests. Pages come from the
 * published site unless `defaults.baseURL` names another (`inject('fixtureURL')`).
 */
export function useBrowser(defaults: Partial<ContextOptions> = {}) {
	let browser: Browser | undefined;
	const contexts: BrowserContext[] = [];
	const baseURL = defaults.baseURL ?? inject('baseURL');
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await Promise.all(contexts.map((context) => context.close()));
		await browser?.close();
	});
	return {
		baseURL,
		async open(path: string, options: Partial<ContextOptions> = {}) {
			if (!browser) throw new Error('open() works inside tests, once the browser has started');
			const context = await newContext(browser, { baseURL, ...defaults, ...options });
			contexts.push(context);
			const page = await context.newPage();
			const problems = watchForProblems(page);
			const response = await page.goto(path);
			return { page, problems, status: response?.status() };
		},
	};
}
