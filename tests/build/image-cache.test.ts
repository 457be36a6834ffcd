// Share images survive between builds in the copy's cacheDir: a build that renders every route
// again draws none, a changed title redraws only its own card (Astro's incremental build copies
// the other routes, cards included, and the cache keeps their cards), and the cards in dist/ are
// the same bytes either way.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { writeMeetings } from '../helpers/generated-meetings.ts';
import { buildCopy, copyProject, removeCopy, type BuildResult } from '../helpers/site-copy.ts';

let site: string;
let meetings: string;
const builds: BuildResult[] = [];
const cards: Record<string, Buffer>[] = [];
const files = ['en/meetings/one.png', 'ru/meetings/one.png', 'en/meetings/two.png'];

async function build(force = false) {
	const result = await buildCopy(site, { MEETINGS_DIR: meetings }, { force });
	builds.push(result);
	cards.push(
		Object.fromEntries(files.map((file) => [file, readFileSync(join(site, 'dist', file))])),
	);
}

beforeAll(async () => {
	site = copyProject('meetings-image-cache-');
	meetings = join(site, 'generated-meetings');
	mkdirSync(meetings);
	writeMeetings(meetings, [
		{ slug: 'one', start: '2026-05-04T09:00', end: '2026-05-04T12:00' },
		{ slug: 'two', start: '2026-06-04T09:00', end: '2026-06-04T12:00' },
	]);
	await build();
	// Every route rendered again, as after a change of the config or of a package: Astro copies
	// nothing from the last build, and every card comes from the image cache.
	await build(true);
	// An editor changes the English title of one meeting.
	const file = join(meetings, 'one/en.mdx');
	writeFileSync(
		file,
		readFileSync(file, 'utf8').replace('title: Meeting one', 'title: Meeting one, revised'),
	);
	await build();
}, 360_000);
afterAll(() => removeCopy(site));

/** Read from the cache, drawn, restored with their routes by Astro, removed from the cache. */
const summary = (result: BuildResult) =>
	/(\d+) share image\(s\) from the cache, (\d+) drawn, (\d+) restored with their routes, (\d+) unused removed/
		.exec(result.output)
		?.slice(1);

describe('the share-image cache', () => {
	it('builds every time', () => {
		expect(builds.map((result) => result.status)).toEqual([0, 0, 0]);
	});

	it('draws every card on the first build', () => {
		expect(summary(builds[0]!)).toEqual(['0', '4', '0', '0']);
	});

	it('draws none when every route is rendered again, and writes the same cards', () => {
		expect(summary(builds[1]!)).toEqual(['4', '0', '0', '0']);
		for (const file of files) expect(cards[1]![file]!.equals(cards[0]![file]!), file).toBe(true);
	});

	it('redraws only the card whose text changed, keeps the restored ones, drops the old one', () => {
		expect(summary(builds[2]!)).toEqual(['0', '1', '3', '1']);
		expect(cards[2]!['en/meetings/one.png']!.equals(cards[0]!['en/meetings/one.png']!)).toBe(false);
		expect(cards[2]!['ru/meetings/one.png']!.equals(cards[0]!['ru/meetings/one.png']!)).toBe(true);
	});

	it('keeps every card under 40 KB', () => {
		for (const file of files) expect(cards[2]![file]!.length, file).toBeLessThanOrEqual(40 * 1024);
	});
});
