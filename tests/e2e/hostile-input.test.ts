// Hostile input on the meeting pages: `?tz=` values with script, markup, path traversal, 10 000
// characters or unknown zones; corrupted, foreign or unreadable localStorage; a browser without
// Intl.supportedValuesOf. Whatever the page's scripts read, it must stay correct: no exception, no
// console error, nothing injected, no request elsewhere, and the meeting's facts still shown.

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { launchBrowser, newContext, watchForProblems } from '../../scripts/harness/browser.ts';
import { meetingPaths } from '../../scripts/harness/site.ts';

declare global {
	interface Window {
		/** Set only if a payload ran. */
		__pwned?: unknown;
	}
}

/** Payloads that run script if they ever reach the DOM as markup. */
const markup = '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

const zones: Record<string, string> = {
	script: '<script>window.__pwned=3</script>',
	markup,
	'a javascript: URL': 'javascript:window.__pwned=4',
	'path traversal': '../../../../etc/passwd',
	'encoded path traversal': '..%2F..%2F..%2Fetc%2Fpasswd',
	'10 000 characters': 'A'.repeat(10_000),
	'an unknown zone': 'Mars/Olympus_Mons',
	'an abbreviation, not a zone': 'CEST',
	'an offset out of range': 'UTC+99:00',
	'a prototype key': '__proto__',
	'an empty value': '',
};

/** What every localStorage read returns instead of what the page stored. */
const storedValues: Record<string, string> = {
	'truncated JSON': '{"tz":"Europe/Zur',
	'JSON with markup': JSON.stringify({ tz: markup, timeZone: markup, zone: markup }),
	'a prototype-polluting object':
		'{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
	'a foreign type': '[1,2,3]',
	'the string null': 'null',
	'10 000 characters': 'A'.repeat(10_000),
	markup,
};

let browser: Browser;
const baseURL = inject('baseURL');
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/**
 * The facts the page shows without any hostile input, whatever the visitor's zone: its heading and
 * its dates and times, but for the hero's server layout, which a visitor's own date and window
 * replace (a meeting over several days may fall on other dates in Tokyo).
 */
async function factsOf(page: Page) {
	return page.evaluate(() => ({
		title: document.querySelector('h1')?.textContent?.trim() ?? '',
		times: [...document.querySelectorAll('time')]
			.filter((time) => !time.closest('.hero-time .server'))
			.map((time) => time.textContent?.trim() ?? ''),
	}));
}

/** Opens `url` in `context` and checks everything a hostile input could break. */
async function expectUnharmed(
	context: BrowserContext,
	url: string,
	expected: Awaited<ReturnType<typeof factsOf>>,
) {
	const origin = new URL(baseURL).origin;
	const elsewhere: string[] = [];
	context.on('request', (request) => {
		if (new URL(request.url()).origin !== origin) elsewhere.push(request.url());
	});
	const page = await context.newPage();
	const problems = watchForProblems(page);
	try {
		const response = await page.goto(url, { waitUntil: 'load' });
		expect(response?.status()).toBe(200);
		// Let the page's scripts react to what they read, timers included.
		await page.waitForTimeout(200);
		expect(problems.describe()).toEqual([]);
		const seen = await page.evaluate(() => ({
			pwned: window.__pwned,
			injected: document.querySelectorAll(
				'img[src="x"], [onerror], script:not([type="module"]):not([type="application/ld+json"])',
			).length,
			polluted: ({} as Record<string, unknown>).polluted,
		}));
		expect(seen).toEqual({ pwned: undefined, injected: 0, polluted: undefined });
		const shown = await page.evaluate(() => document.body.innerText);
		expect(shown).toContain(expected.title);
		for (const time of expected.times) expect(shown).toContain(time);
		expect(elsewhere).toEqual([]);
	} finally {
		await page.close();
	}
}

describe.each(meetingPaths())('%s', (path) => {
	let expected: Awaited<ReturnType<typeof factsOf>>;
	beforeAll(async () => {
		const context = await newContext(browser, { baseURL });
		const page = await context.newPage();
		await page.goto(path);
		expected = await factsOf(page);
		await context.close();
		expect(expected.title).not.toBe('');
		expect(expected.times.length).toBeGreaterThan(0);
	});

	it.each(Object.entries(zones))('stays correct with ?tz= set to %s', async (_name, zone) => {
		const context = await newContext(browser, { baseURL });
		try {
			await expectUnharmed(context, `${path}?tz=${encodeURIComponent(zone)}`, expected);
		} finally {
			await context.close();
		}
	});

	it('stays correct with ?tz= given twice, with markup in both', async () => {
		const context = await newContext(browser, { baseURL });
		try {
			const tz = encodeURIComponent(markup);
			await expectUnharmed(context, `${path}?tz=${tz}&tz=${tz}#${tz}`, expected);
		} finally {
			await context.close();
		}
	});

	it.each(Object.entries(storedValues))(
		'stays correct when localStorage holds %s under every key',
		async (_name, value) => {
			const context = await newContext(browser, { baseURL });
			try {
				// Whatever key the page's scripts read, they get the hostile value.
				await context.addInitScript((stored) => {
					Storage.prototype.getItem = () => stored;
					for (const key of ['tz', 'timeZone', 'zone', 'settings'])
						localStorage.setItem(key, stored);
				}, value);
				await expectUnharmed(context, path, expected);
			} finally {
				await context.close();
			}
		},
	);

	it('stays correct when localStorage cannot be used at all', async () => {
		const context = await newContext(browser, { baseURL });
		try {
			// As in some private modes and with storage blocked: every access throws.
			await context.addInitScript(() => {
				const refuse = () => {
					throw new DOMException('The operation is insecure.', 'SecurityError');
				};
				Object.defineProperty(window, 'localStorage', { get: refuse, configurable: true });
			});
			await expectUnharmed(context, `${path}?tz=America%2FNew_York`, expected);
		} finally {
			await context.close();
		}
	});

	it('stays correct in a browser without Intl.supportedValuesOf', async () => {
		const context = await newContext(browser, { baseURL });
		try {
			await context.addInitScript(() => {
				// @ts-expect-error: older browsers do not have it.
				delete Intl.supportedValuesOf;
			});
			await expectUnharmed(context, `${path}?tz=Asia%2FTokyo`, expected);
		} finally {
			await context.close();
		}
	});
});

describe('the checks themselves', () => {
	it('fail on markup that a page script writes into the page unescaped', async () => {
		const path = meetingPaths()[0]!;
		const clean = await newContext(browser, { baseURL });
		const page = await clean.newPage();
		await page.goto(path);
		const expected = await factsOf(page);
		await clean.close();

		const context = await newContext(browser, { baseURL });
		try {
			// A careless widget: it writes what it read from the URL as HTML.
			await context.addInitScript(() => {
				addEventListener('DOMContentLoaded', () => {
					const tz = new URLSearchParams(location.search).get('tz') ?? '';
					document.querySelector('h1')?.insertAdjacentHTML('afterend', tz);
				});
			});
			const url = `${path}?tz=${encodeURIComponent('<img src=x alt="">')}`;
			await expect(expectUnharmed(context, url, expected)).rejects.toThrow();
		} finally {
			await context.close();
		}
	});
});
