// Reads the real meeting files the way the build does: JSON for the facts, YAML front matter
// for the text, so the unit tests check the content that is published.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import yaml from 'js-yaml';

export const contentDir = fileURLToPath(new URL('../../content/meetings/', import.meta.url));

export function readFacts(slug: string): Record<string, unknown> {
	return JSON.parse(readFileSync(`${contentDir}${slug}/meeting.json`, 'utf8'));
}

export function readFrontmatter(slug: string, locale: string): Record<string, unknown> {
	const source = readFileSync(`${contentDir}${slug}/${locale}.mdx`, 'utf8');
	const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
	if (!match) throw new Error(`${slug}/${locale}.mdx has no front matter`);
	return yaml.load(match[1]!) as Record<string, unknown>;
}

/** A deep copy with one change, for building broken variants of real content. */
export function variant<T>(value: T, change: (copy: any) => void): T {
	const copy = structuredClone(value);
	change(copy);
	return copy;
}
