// Full-page screenshots of the built meeting pages, in both languages, on a phone and a desktop,
// for reviewing the design: docs/screenshots/{en,ru}-meeting-{phone,desktop}.png.
// Builds nothing: run `npm run build` first. Node 24 runs this TypeScript file as it is.

import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { launchBrowser, newContext } from './harness/browser.ts';
import { serveStatic } from './harness/server.ts';

const root = new URL('../', import.meta.url);
const dist = fileURLToPath(new URL('dist/', root));
const out = fileURLToPath(new URL('docs/screenshots/', root));

const pages = [
	{ name: 'en-meeting', path: '/en/meetings/u4ssc-7/', locale: 'en-GB' },
	{ name: 'ru-meeting', path: '/ru/meetings/u4ssc-7/', locale: 'ru-RU' },
] as const;

const viewports = [
	{ name: 'phone', viewport: { width: 390, height: 844 } },
	{ name: 'desktop', viewport: { width: 1280, height: 800 } },
] as const;

/** A fixed "now" long after the meeting, so the status line is the same on every run. */
const now = '2026-03-02T12:00:00+01:00';

const server = await serveStatic(dist);
const browser = await launchBrowser();
try {
	await mkdir(out, { recursive: true });
	for (const { name, path, locale } of pages) {
		for (const size of viewports) {
			const context = await newContext(browser, {
				baseURL: server.url,
				locale,
				timezoneId: 'Europe/Zurich',
				colorScheme: 'light',
				viewport: size.viewport,
				clock: { time: now },
			});
			const page = await context.newPage();
			await page.goto(path, { waitUntil: 'load' });
			const file = `${out}${name}-${size.name}.png`;
			await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
			console.log(`Saved ${file}`);
			await context.close();
		}
	}
} finally {
	await browser.close();
	await server.close();
}
