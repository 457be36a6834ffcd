// What the built site (dist/) contains, found by walking it: the gates cover every page that
// exists, so new pages and meetings are checked without changing a test. Like all of
// scripts/harness, Node code that the npm tools and the tests share.

import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built site on disk. */
export const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export function filesUnder(dir: string): string[] {
	const found: string[] = [];
	const walk = (current: string) => {
		for (const entry of readdirSync(current, { withFileTypes: true })) {
			const path = join(current, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.isFile()) found.push(relative(dir, path).split(sep).join('/'));
		}
	};
	walk(dir);
	return found.sort();
}

/** The HTML files of a built site, relative to it: `en/index.html`, `404.html`, … */
export function htmlFiles(root = dist): string[] {
	const files = filesUnder(root).filter((file) => file.endsWith('.html'));
	if (files.length === 0) throw new Error(`No HTML files in ${root}: run \`npm run build\` first.`);
	return files;
}

/** The URL path a static host serves an HTML file at: `en/index.html` → `/en/`. */
export function urlPathOf(file: string): string {
	if (file === 'index.html') return '/';
	if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
	return `/${file}`;
}

/** Every page of the built site as a URL path, sorted. */
export function pagePaths(): string[] {
	return htmlFiles().map(urlPathOf);
}

/** The meeting pages, in every language: `/en/meetings/u4ssc-7/`, `/ru/meetings/u4ssc-7/`, … */
export function meetingPaths(): string[] {
	const paths = pagePaths().filter((path) => /^\/[a-z]{2}\/meetings\/[^/]+\/$/.test(path));
	if (paths.length === 0) throw new Error('The built site has no meeting pages.');
	return paths;
}
