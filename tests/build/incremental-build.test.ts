// Astro's incremental build copies from the last build every route whose cache key and code are
// unchanged. A copy must never show what a fresh build would not: after an editor changes one
// meeting, only that meeting's routes are rendered again; when the build's clock passes a meeting's
// end and its key deadlines, those meetings' pages are rendered again; and the site is then the
// same, file for file, as a build that renders everything.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { filesUnder } from '../../scripts/harness/site.ts';
import { fixtureMeetingsDir } from '../helpers/content.ts';
import { buildCopy, copyProject, removeCopy, type BuildResult } from '../helpers/site-copy.ts';

let site: string;
let meetings: string;
const builds: BuildResult[] = [];
/** Every file of dist/ after each build, by path. */
const outputs: Map<string, Buffer>[] = [];

// In the fixtures, fg-dt4c-3 (26 February–2 March 2018, deadlines 15 and 26 January and 16
// February) and u4ssc-7 (20 June 2023) are over by the second clock; the others are not, and the
// second clock passes none of their deadlines.
const firstClock = '2018-01-20T00:00:00Z';
const secondClock = '2023-06-21T00:00:00Z';
const changedByClock = ['fg-dt4c-3', 'u4ssc-7'];
const edited = 'smart-cities-lab-1';

async function build(clock: string, force = false) {
	const result = await buildCopy(site, { MEETINGS_DIR: meetings, BUILD_TIME: clock }, { force });
	builds.push(result);
	const dist = join(site, 'dist');
	outputs.push(new Map(filesUnder(dist).map((file) => [file, readFileSync(join(dist, file))])));
}

beforeAll(async () => {
	site = copyProject('meetings-incremental-');
	meetings = join(site, 'fixture-meetings');
	cpSync(fixtureMeetingsDir, meetings, { recursive: true });
	await build(firstClock);
	const file = join(meetings, edited, 'en.mdx');
	writeFileSync(file, `${readFileSync(file, 'utf8')}\nA paragraph added by an editor.\n`);
	await build(firstClock);
	await build(secondClock);
	await build(secondClock, true);
}, 360_000);
afterAll(() => removeCopy(site));

/** The routes a build rendered, and those it copied from the last build, from Astro's log. */
function routes(result: BuildResult) {
	const rendered: string[] = [];
	const copied: string[] = [];
	// A line may run on into the next one: "├─ /404.html12:00:01 ├─ …".
	const line = /├─ (\/\S+?\.(?:html|ics|png|json|xml|txt))(\s*\((?:cached|restored)\))?/g;
	for (const [, path, reused] of result.output.matchAll(line)) {
		(reused ? copied : rendered).push(path!);
	}
	return { rendered, copied };
}

/** The routes of a meeting: its page, calendar file and share image, in both languages. */
const routesOf = (slug: string) =>
	['en', 'ru'].flatMap((locale) =>
		['/index.html', '.ics', '.png'].map((end) => `/${locale}/meetings/${slug}${end}`),
	);
const isMeetingRoute = (path: string) => path.includes('/meetings/');

describe('an incremental build', () => {
	it('builds every time', () => {
		expect(builds.map((result) => result.status)).toEqual([0, 0, 0, 0]);
	});

	it('renders everything the first time', () => {
		const { rendered, copied } = routes(builds[0]!);
		expect(copied).toEqual([]);
		expect(rendered.filter(isMeetingRoute)).toHaveLength(
			readdirSync(fixtureMeetingsDir).length * 6,
		);
	});

	it('renders again only the routes of the meeting an editor changed, in its language', () => {
		const { rendered, copied } = routes(builds[1]!);
		// Its English text makes the English page and calendar file; not the card, nor the Russian.
		expect(rendered.filter(isMeetingRoute).sort()).toEqual(
			routesOf(edited)
				.filter((path) => path.startsWith('/en/') && !path.endsWith('.png'))
				.sort(),
		);
		expect(copied).toEqual(
			expect.arrayContaining(
				routesOf(edited).filter((path) => path.startsWith('/ru/') || path.endsWith('.png')),
			),
		);
		expect(copied.some((path) => path.startsWith('/data/zone/'))).toBe(true);
		const page = outputs[1]!.get(`en/meetings/${edited}/index.html`)!.toString();
		// Typeset as every text is: no-break spaces after short words.
		expect(page.replaceAll('\u00a0', ' ')).toContain('<p>A paragraph added by an editor.</p>');
	});

	it('renders again the pages of meetings that ended, or whose deadlines passed, since the last build', () => {
		const rendered = routes(builds[2]!).rendered.filter(isMeetingRoute);
		// Their pages and calendar files; the cards show no clock and are copied.
		const expected = changedByClock.flatMap((slug) =>
			routesOf(slug).filter((path) => !path.endsWith('.png')),
		);
		expect(rendered.sort()).toEqual(expected.sort());
	});

	it('marks the deadlines passed at each build’s clock', () => {
		const passed = (build: number, locale: string) => {
			const html = outputs[build]!.get(`${locale}/meetings/fg-dt4c-3/index.html`)!.toString();
			return html.match(/<li data-date="[\d-]+" data-passed/g)?.length ?? 0;
		};
		// 20 January 2018: the deadline of 15 January; 21 June 2023: all three.
		for (const locale of ['en', 'ru']) {
			expect(passed(1, locale)).toBe(1);
			expect(passed(2, locale)).toBe(3);
		}
	});

	it('leaves the site the same, file for file, as a build that renders every route', () => {
		const incremental = outputs[2]!;
		const full = outputs[3]!;
		expect([...incremental.keys()].sort()).toEqual([...full.keys()].sort());
		const differing = [...full].filter(([file, bytes]) => !incremental.get(file)!.equals(bytes));
		expect(differing.map(([file]) => file)).toEqual([]);
		// The forced build copied nothing.
		expect(routes(builds[3]!).copied).toEqual([]);
	});
});
