// Content Security Policy, privacy and a clean console on every built page: each page carries a
// policy without 'unsafe-inline' for scripts, loads and is used without a policy violation, a
// console error, a request to any other host, or a cookie.

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { launchBrowser, newContext, watchForProblems } from '../../scripts/harness/browser.ts';
import { pagePaths } from '../../scripts/harness/site.ts';

declare global {
	interface Window {
		/** Filled by the init script below; read back by the tests. */
		__cspViolations?: string[];
	}
}

/** The policy's directives by name: `{ 'script-src': ["'self'", "'sha256-…'"] }`. */
function parsePolicy(policy: string): Record<string, string[]> {
	const directives: Record<string, string[]> = {};
	for (const part of policy.split(';')) {
		const [name, ...values] = part.trim().split(/\s+/);
		if (name) directives[name.toLowerCase()] = values;
	}
	return directives;
}

/** Every request the context makes is recorded; one to another host is refused and remembered. */
async function recordRequests(context: BrowserContext, origin: string) {
	const foreign: string[] = [];
	await context.route('**/*', async (route) => {
		const url = route.request().url();
		if (new URL(url).origin === origin) return route.continue();
		foreign.push(url);
		return route.abort('blockedbyclient');
	});
	return foreign;
}

/** What a visitor does without a mouse: walk every focusable element and come back. */
async function useWithKeyboard(page: Page) {
	for (let step = 0; step < 60; step++) await page.keyboard.press('Tab');
	await page.keyboard.press('End');
	await page.keyboard.press('Home');
}

let browser: Browser;
let context: BrowserContext;
let foreign: string[];
const baseURL = inject('baseURL');

beforeAll(async () => {
	browser = await launchBrowser();
	context = await newContext(browser, { baseURL });
	foreign = await recordRequests(context, new URL(baseURL).origin);
	// Injected through the DevTools protocol, so the page's own policy does not block it.
	await context.addInitScript(() => {
		window.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (event) => {
			window.__cspViolations?.push(`${event.effectiveDirective} blocked ${event.blockedURI}`);
		});
	});
});
afterAll(async () => {
	await browser?.close();
});

describe.each(pagePaths())('%s', (path) => {
	it('carries a Content Security Policy that allows no inline script but its own hashes', async () => {
		const page = await context.newPage();
		try {
			await page.goto(path);
			const policies = await page
				.locator('meta[http-equiv="content-security-policy" i]')
				.evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content') ?? ''));
			expect(policies).toHaveLength(1);
			const directives = parsePolicy(policies[0]!);
			expect(directives['default-src']).toEqual(["'none'"]);
			const scripts = directives['script-src'] ?? directives['default-src'];
			expect(scripts).toContain("'self'");
			expect(scripts).not.toContain("'unsafe-inline'");
			expect(scripts).not.toContain("'unsafe-eval'");
			// 'wasm-unsafe-eval' is the search's (Pagefind's WebAssembly); it allows no eval().
			expect(
				scripts?.every((source) =>
					/^'(self|wasm-unsafe-eval|sha(256|384|512)-[\w+/=]+)'$/.test(source),
				),
			).toBe(true);
		} finally {
			await page.close();
		}
	});

	it('loads and is used with no policy violation, console error, foreign request or cookie', async () => {
		const page = await context.newPage();
		const problems = watchForProblems(page);
		try {
			foreign.length = 0;
			await page.goto(path, { waitUntil: 'load' });
			await useWithKeyboard(page);
			expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
			expect(problems.describe()).toEqual([]);
			expect(foreign).toEqual([]);
			expect(await page.evaluate(() => document.cookie)).toBe('');
			expect(await context.cookies()).toEqual([]);
		} finally {
			await page.close();
		}
	});
});

describe('the checks themselves', () => {
	it('see an inline script that the policy blocks, as a violation and a console error', async () => {
		const page = await context.newPage();
		const problems = watchForProblems(page);
		try {
			await page.goto(pagePaths()[0]!);
			await page.evaluate(() => {
				const script = document.createElement('script');
				script.textContent = 'document.title = "injected"';
				document.body.append(script);
			});
			await expect
				.poll(() => page.evaluate(() => window.__cspViolations))
				.toEqual(['script-src-elem blocked inline']);
			expect(await page.title()).not.toBe('injected');
			expect(problems.consoleErrors.length).toBeGreaterThan(0);
		} finally {
			await page.close();
		}
	});

	it('refuse and report a request to another host, even one the policy would allow', async () => {
		// Without the policy in the way, as if someone had allowed a font host in it.
		const open = await browser.newContext({ baseURL, bypassCSP: true });
		try {
			const refused = await recordRequests(open, new URL(baseURL).origin);
			const page = await open.newPage();
			await page.goto(pagePaths()[0]!);
			await page.evaluate(() => fetch('https://fonts.example.com/a.woff2').catch(() => undefined));
			expect(refused).toEqual(['https://fonts.example.com/a.woff2']);
		} finally {
			await open.close();
		}
	});
});
