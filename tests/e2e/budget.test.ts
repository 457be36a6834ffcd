// The byte budget of the built pages: bytes are deterministic, so this can be a test; timings
// are not, and stay in `npm run bench`.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { locales } from '../../src/i18n/locales.ts';
import { measurePage } from '../../scripts/harness/measure.ts';
import { dist, htmlFiles, meetingPaths } from '../../scripts/harness/site.ts';

const meetingPages = htmlFiles().filter((file) => file.includes('/meetings/'));

describe('the JavaScript budget', () => {
	it('finds every meeting page, in every language', () => {
		const slugs = [...new Set(meetingPaths().map((path) => path.split('/')[3]))];
		expect(slugs.length).toBeGreaterThan(0);
		expect(meetingPages).toEqual(
			locales.flatMap((locale) => slugs.map((slug) => `${locale}/meetings/${slug}/index.html`)),
		);
	});

	it.each(meetingPages)(
		'keeps all JavaScript on %s within 8 KB gzip, the zone picker’s loaded on demand included',
		(file) => {
			const { js, lazy } = measurePage(dist, join(dist, file));
			expect(js.gzip).toBeGreaterThan(1000); // the widget is there at all
			expect(lazy.gzip).toBeGreaterThan(500); // and the picker's import() is followed
			expect(js.gzip + lazy.gzip).toBeLessThanOrEqual(8 * 1024);
		},
	);

	it.each(htmlFiles().filter((file) => !file.includes('/meetings/')))(
		'keeps all JavaScript on %s within 8 KB gzip',
		(file) => {
			const { js, lazy } = measurePage(dist, join(dist, file));
			expect(js.gzip + lazy.gzip).toBeLessThanOrEqual(8 * 1024);
		},
	);

	it('ships no Luxon to the browser', () => {
		const assets = `${dist}_astro/`;
		const scripts = readdirSync(assets)
			.filter((file) => file.endsWith('.js'))
			.map((file) => readFileSync(`${assets}${file}`, 'utf8'));
		expect(scripts.length).toBeGreaterThan(0);
		// Error texts Luxon always carries, minified or not.
		for (const code of scripts) expect(code).not.toMatch(/Invalid DateTime|luxon/i);
	});
});
