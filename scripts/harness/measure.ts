// How heavy a built page is: the raw and gzip bytes of its HTML, CSS and JavaScript (inline
// <script>/<style> plus the files its <script src> and <link rel=stylesheet> load), its requests,
// and the modules it imports on demand. Used by `npm run bench:bytes` and the budget tests.

import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bytes {
	raw: number;
	gzip: number;
}

export interface PageWeight {
	page: string;
	html: Bytes;
	css: Bytes;
	js: Bytes;
	/** HTML, CSS and JavaScript together, as loaded: inline styles and scripts once, in the HTML. */
	total: Bytes;
	/** Requests the page makes as it loads: itself, script modules, stylesheets, icons, images. */
	requests: number;
	/** Script modules the page's scripts import on demand (`import()`), not counted above. */
	lazy: Bytes;
}

export const bytes = (text: string): Bytes => ({
	raw: Buffer.byteLength(text),
	gzip: text ? gzipSync(text, { level: 9 }).length : 0,
});

/** Executable scripts only: JSON data blocks and templates are not JavaScript. */
const scriptTag = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const isCode = (attributes: string) =>
	!/type\s*=\s*["']?(application\/(ld\+)?json|text\/template)/i.test(attributes);

/**
 * One page's weight. Assets are read from `dist` by their URL path; all of a kind are counted
 * together, compressed as one stream (close to what a browser downloads over one connection).
 */
export function measurePage(dist: string, htmlFile: string): PageWeight {
	const html = readFileSync(htmlFile, 'utf8');
	const asset = (url: string) =>
		readFileSync(join(dist, new URL(url, 'https://x/').pathname), 'utf8');
	const js = new Map<string, string>();
	const lazy = new Map<string, string>();
	// A module's static imports (shared chunks) load with it, each once per page; its dynamic
	// imports (`import("./x.js")`, Vite writes backquotes) load when the page asks for them.
	const addModule = (url: string, into = js) => {
		const path = new URL(url, 'https://x/').pathname;
		if (js.has(path) || into.has(path)) return;
		const code = asset(path);
		into.set(path, code);
		for (const [, from = ''] of code.matchAll(
			/\bimport\s*(?:[^'"();]*?\bfrom\s*)?["']([^"']+)["']/g,
		)) {
			addModule(new URL(from, `https://x${path}`).pathname, into);
		}
		for (const [, from = ''] of code.matchAll(/\bimport\(\s*["'`]([^"'`$]+)["'`]\s*\)/g)) {
			addModule(new URL(from, `https://x${path}`).pathname, lazy);
		}
	};
	let inline = 0;
	for (const [, attributes = '', body = ''] of html.matchAll(scriptTag)) {
		if (!isCode(attributes)) continue;
		const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(attributes)?.[1];
		if (src) addModule(src);
		else js.set(`inline ${inline++}`, body);
	}
	const css = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(
		(match) => match[1] ?? '',
	);
	const sheets: string[] = [];
	let icons = 0;
	for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
		const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
		if (/\brel\s*=\s*["']?stylesheet/i.test(tag) && href) sheets.push(asset(href));
		if (/\brel\s*=\s*["']?icon/i.test(tag)) icons++;
	}
	const images = [...html.matchAll(/<img\b/gi)].length;
	const weights = {
		html: bytes(html),
		css: bytes([...css, ...sheets].join('\n')),
		js: bytes([...js.values()].join('\n')),
	};
	const files = [...js.keys()].filter((key) => !key.startsWith('inline')).length;
	// The total counts each byte once: inline <style> and <script> travel inside the HTML.
	const loaded = bytes(
		[
			html,
			...sheets,
			...[...js].filter(([key]) => !key.startsWith('inline')).map(([, code]) => code),
		].join('\n'),
	);
	return {
		page: relative(dist, htmlFile),
		...weights,
		total: loaded,
		requests: 1 + files + sheets.length + icons + images,
		lazy: bytes(
			[...lazy.entries()]
				.filter(([path]) => !js.has(path))
				.map(([, code]) => code)
				.join('\n'),
		),
	};
}
