// Builds the fixture meetings for a real address (SITE=…): every absolute link the site writes
// must carry it, and none the placeholder. A SITE that cannot be the site's address stops the
// build at once, saying what to write.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { filesUnder } from '../../scripts/harness/site.ts';
import { placeholderSite } from '../../src/lib/seo/site-address.ts';
import { buildCopy, copyProject, projectRoot, removeCopy } from '../helpers/site-copy.ts';

const address = 'https://meetings.example.net';
const meetings = join(projectRoot, 'tests/fixtures/meetings');

let site: string;
let build: { status: number | null; output: string };

beforeAll(async () => {
	site = copyProject('meetings-site-address-');
	build = await buildCopy(site, {
		MEETINGS_DIR: meetings,
		SITE: `${address}/`,
		// Before every fixture meeting, so that the calendar feed holds them all.
		BUILD_TIME: '2018-01-01T00:00:00Z',
	});
}, 180_000);
afterAll(() => removeCopy(site));

const read = (path: string) => readFileSync(join(site, 'dist', path), 'utf8');
/** An .ics file with its folded lines joined again (RFC 5545). */
const unfolded = (path: string) => read(path).replace(/\r\n /g, '').split('\r\n');

describe(`a build with SITE=${address}/`, () => {
	it('builds without the placeholder warning', () => {
		expect(build.status).toBe(0);
		expect(build.output).not.toContain('SITE is not set');
	});

	it('gives every page its canonical and hreflang links on that address', () => {
		const page = read('ru/meetings/ai4good-3/index.html');
		expect(page).toContain(`<link rel="canonical" href="${address}/ru/meetings/ai4good-3/">`);
		expect(page).toContain(
			`<link rel="alternate" hreflang="en" href="${address}/en/meetings/ai4good-3/">`,
		);
		expect(page).toContain(
			`<meta property="og:image" content="${address}/ru/meetings/ai4good-3.png">`,
		);
	});

	it('lists the pages in the sitemap, and the sitemap in robots.txt, on that address', () => {
		expect(read('sitemap-index.xml')).toContain(`<loc>${address}/sitemap-0.xml</loc>`);
		expect(read('sitemap-0.xml')).toContain(`<loc>${address}/en/meetings/ai4good-3/</loc>`);
		expect(read('robots.txt')).toContain(`Sitemap: ${address}/sitemap-index.xml`);
	});

	it('writes the address into the calendar files and the feeds', () => {
		const ics = unfolded('en/meetings/ai4good-3.ics');
		expect(ics).toContain(`URL:${address}/en/meetings/ai4good-3/`);
		expect(ics).toContain('UID:ai4good-3@meetings.example.net');
		expect(ics.find((line) => line.startsWith('DESCRIPTION'))).toContain(
			`Announcement: ${address}/en/meetings/ai4good-3/`,
		);
		expect(unfolded('ru/calendar.ics')).toContain(`URL:${address}/ru/meetings/ai4good-3/`);
	});

	it('leaves the placeholder address nowhere', () => {
		const host = new URL(placeholderSite).host;
		const carrying = filesUnder(join(site, 'dist'))
			.filter((file) => /\.(html|xml|txt|ics|json)$/.test(file))
			.filter((file) => read(file).includes(host));
		expect(carrying).toEqual([]);
	});
});

describe('a SITE that cannot be the address', () => {
	it.each([
		['http://meetings.example.net', 'must start with https://'],
		['https://user.github.io/meetings/', 'must be the root of a host'],
	])(
		'stops the build: SITE=%s %s',
		async (value, message) => {
			const result = await buildCopy(site, { MEETINGS_DIR: meetings, SITE: value });
			expect(result.status).not.toBe(0);
			expect(result.output).toContain(`SITE="${value}" ${message}`);
		},
		60_000,
	);
});
