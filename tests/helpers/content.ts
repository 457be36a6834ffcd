// Reads the fixture meetings (tests/fixtures/meetings: a copy of the 7th U4SSC meeting and two
// meetings unlike it) through the same reader as `npm run check:content`. Tests read these, never
// content/, so an editor who adds, changes or removes a published meeting keeps them green.
import { fileURLToPath } from 'node:url';

import { readMeetingFolder } from '../../src/lib/content/files.ts';

export const fixtureMeetingsDir = fileURLToPath(new URL('../fixtures/meetings/', import.meta.url));

function readFolder(slug: string) {
	const folder = readMeetingFolder(fixtureMeetingsDir, slug, 'tests/fixtures/meetings');
	if (folder.problems.length > 0) throw new Error(JSON.stringify(folder.problems));
	return folder;
}

export function readFacts(slug: string): Record<string, unknown> {
	return readFolder(slug).facts as Record<string, unknown>;
}

export function readFrontmatter(slug: string, locale: string): Record<string, unknown> {
	const text = readFolder(slug).texts[locale];
	if (!text) throw new Error(`${slug}/${locale}.mdx has no front matter`);
	return text as Record<string, unknown>;
}

/** A deep copy with one change, for building broken variants of real content. */
export function variant<T>(value: T, change: (copy: any) => void): T {
	const copy = structuredClone(value);
	change(copy);
	return copy;
}
