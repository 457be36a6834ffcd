// Debian's Chromium driven by playwright-core, with everything the machine would otherwise decide
// pinned per context: language, time zone, JavaScript, viewport, colour scheme and "now".

import {
	chromium,
	type Browser,
	type BrowserContext,
	type BrowserContextOptions,
	type ConsoleMessage,
	type Page,
} from 'playwright-core';

/** The system Chromium (apt package `chromium`); the tests never download a browser. */
export const chromiumPath = '/usr/bin/chromium';

/** Flags for Chromium on this machine: headless, and no background calls to the closed network. */
export const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

export interface ContextOptions {
	/** The site's origin; page.goto('/en/') resolves against it. */
	baseURL: string;
	/** The browser's language, which also sets navigator.languages and Accept-Language. */
	locale?: string;
	/** IANA zone the browser believes it is in. */
	timezoneId?: string;
	javaScriptEnabled?: boolean;
	viewport?: { width: number; height: number };
	colorScheme?: 'light' | 'dark';
	/**
	 * What "now" is for the page. `frozen` (the default) stops Date at `time` while timers still run;
	 * `installed` starts the clock at `time` and lets the test move it with `page.clock.runFor()`.
	 * Either way it is set before any page loads, so the first script run already sees it.
	 */
	clock?: { time: Date | string; mode?: 'frozen' | 'installed' };
}

/** Europe/Zurich is the meeting's own zone; British English matches the site's English pages. */
export const defaults = {
	locale: 'en-GB',
	timezoneId: 'Europe/Zurich',
	viewport: { width: 1280, height: 800 },
	colorScheme: 'light',
} as const;

export async function newContext(
	browser: Browser,
	options: ContextOptions,
): Promise<BrowserContext> {
	const settings: BrowserContextOptions = {
		baseURL: options.baseURL,
		locale: options.locale ?? defaults.locale,
		timezoneId: options.timezoneId ?? defaults.timezoneId,
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		viewport: options.viewport ?? defaults.viewport,
		colorScheme: options.colorScheme ?? defaults.colorScheme,
		reducedMotion: 'reduce',
		serviceWorkers: 'block',
	};
	const context = await browser.newContext(settings);
	// A static site answers at once; waiting 30 s for a missing element only delays the failure.
	context.setDefaultTimeout(5_000);
	if (options.clock) {
		const time = new Date(options.clock.time);
		if (options.clock.mode === 'installed') await context.clock.install({ time });
		else await context.clock.setFixedTime(time);
	}
	return context;
}

/** What went wrong on a page while the test looked at it: console errors and uncaught exceptions. */
export interface PageProblems {
	consoleErrors: ConsoleMessage[];
	pageErrors: Error[];
	/** One line per problem, for a readable assertion message. */
	describe(): string[];
}

export function watchForProblems(page: Page): PageProblems {
	const problems: PageProblems = {
		consoleErrors: [],
		pageErrors: [],
		describe: () => [
			...problems.consoleErrors.map(
				(message) => `console.error at ${message.location().url}: ${message.text()}`,
			),
			...problems.pageErrors.map((error) => `uncaught ${error.name}: ${error.message}`),
		],
	};
	page.on('console', (message) => {
		if (message.type() === 'error') problems.consoleErrors.push(message);
	});
	page.on('pageerror', (error) => problems.pageErrors.push(error));
	return problems;
}
