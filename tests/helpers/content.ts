// Reads the real meeting files through the same reader as `npm run check:content`, so the tests
// check the content that is published.
import { fileURLToPath } from 'node:url';

import { readMeetingFolder } from '../../src/lib/content/files.ts';

export const contentDir = fileURLToPath(new URL('../../content/meetings/', import.meta.url));

function readFolder(slug: string) {
	const folder = readMeetingFolder(contentDir, slug, 'content/meetings');
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
