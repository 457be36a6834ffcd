// Full-page screenshots of the built site for reviewing the design: every meeting page and home
// page, and the first year page and series page, in both languages, on a phone (375 px) and a
// desktop (1280 px), as a visitor in Bangkok sees them, so the page's "your time" differs from the
// meeting's own zone: docs/screenshots/{en,ru}-{home,<slug>,years-<year>,series-<id>}-{phone,desktop}.png.
// Builds nothing: run `BUILD_TIME=2023-06-06T10:00:00Z npm run build` first, so that the pages are
// as built at that "now" (a page built after its meeting has no Google or Outlook buttons). Node 24
// runs this TypeScript file as it is.

import { readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { intlLocale, locales } from '../src/i18n/locales.ts';
import { launchBrowser, newContext } from './harness/browser.ts';
import { serveStatic } from './harness/server.ts';
import { meetingPaths } from './harness/site.ts';

const root = new URL('../', import.meta.url);
const dist = fileURLToPath(new URL('dist/', root));
const out = fileURLToPath(new URL('docs/screenshots/', root));

/** `/ru/meetings/u4ssc-7/` → `ru-u4ssc-7`; `/en/` → `en-home`. */
const pages = [
	...locales.map((locale) => ({ name: `${locale}-home`, path: `/${locale}/`, locale })),
	...meetingPaths().map((path) => {
		const [, locale, , slug] = path.split('/') as [
			string,
			(typeof locales)[number],
			string,
			string,
		];
		return { name: `${locale}-${slug}`, path, locale };
	}),
	// One page of each archive template: the earliest year's, the first series'.
	...locales.flatMap((locale) =>
		(['years', 'series'] as const).flatMap((kind) => {
			const first = readdirSync(`${dist}${locale}/${kind}`).sort()[0];
			return first
				? [{ name: `${locale}-${kind}-${first}`, path: `/${locale}/${kind}/${first}/`, locale }]
				: [];
		}),
	),
];

const viewports = [
	{ name: 'phone', viewport: { width: 375, height: 667 } },
	{ name: 'desktop', viewport: { width: 1280, height: 800 } },
] as const;

/** Not the meeting's zone (Geneva), and not one of the reference cities the table names. */
const timezoneId = 'Asia/Bangkok';
/** A fixed "now" a fortnight before the first meeting, so the page offers registration. */
const now = '2023-06-06T12:00:00+02:00';

const server = await serveStatic(dist);
const browser = await launchBrowser();
try {
	await mkdir(out, { recursive: true });
	for (const { name, path, locale } of pages) {
		for (const size of viewports) {
			const context = await newContext(browser, {
				baseURL: server.url,
				locale: intlLocale[locale],
				timezoneId,
				colorScheme: 'light',
				viewport: size.viewport,
				clock: { time: now },
			});
			const page = await context.newPage();
			await page.goto(path, { waitUntil: 'networkidle' });
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
