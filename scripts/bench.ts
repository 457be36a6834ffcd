// Prints, for each built HTML page, the raw and gzip bytes of its HTML, CSS and JavaScript
// (inline <script>/<style> plus the files its <script src> and <link rel=stylesheet> load).
// A report, not a test: `npm run build && npm run bench`. measurePage() is reused by tests.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { locales, type Locale } from '../src/i18n/locales.ts';
import { zoneCitiesPath } from '../src/lib/zone-search.ts';
import { atMost, budgets } from './budgets.ts';

export interface Bytes {
	raw: number;
	gzip: number;
}

export interface PageWeight {
	page: string;
	html: Bytes;
	css: Bytes;
	js: Bytes;
	/** HTML, CSS and JavaScript together. */
	total: Bytes;
	/** Requests the page makes as it loads: itself, script modules, stylesheets, icons, images. */
	requests: number;
	/** Script modules the page's scripts import on demand (`import()`), not counted above. */
	lazy: Bytes;
}

const bytes = (text: string): Bytes => ({
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
	let stylesheets = 0;
	let icons = 0;
	for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
		const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
		if (/\brel\s*=\s*["']?stylesheet/i.test(tag) && href) {
			css.push(asset(href));
			stylesheets++;
		}
		if (/\brel\s*=\s*["']?icon/i.test(tag)) icons++;
	}
	const images = [...html.matchAll(/<img\b/gi)].length;
	const weights = {
		html: bytes(html),
		css: bytes(css.join('\n')),
		js: bytes([...js.values()].join('\n')),
	};
	const files = [...js.keys()].filter((key) => !key.startsWith('inline')).length;
	return {
		page: relative(dist, htmlFile),
		...weights,
		total: {
			raw: weights.html.raw + weights.css.raw + weights.js.raw,
			gzip: weights.html.gzip + weights.css.gzip + weights.js.gzip,
		},
		requests: 1 + files + stylesheets + icons + images,
		lazy: bytes(
			[...lazy.entries()]
				.filter(([path]) => !js.has(path))
				.map(([, code]) => code)
				.join('\n'),
		),
	};
}

/** Every .html file under `dist`, sorted. */
export function htmlFiles(dist: string): string[] {
	return readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.sort()
		.map((file) => join(dist, file));
}

function report(dist: string) {
	const cell = ({ raw, gzip }: Bytes) => `${raw} / ${gzip}`.padStart(16);
	const columns = ['HTML raw / gz', 'CSS raw / gz', 'JS raw / gz', 'total raw / gz'];
	console.log(`${'page'.padEnd(34)}${columns.map((c) => c.padStart(16)).join('')}  requests`);
	const weights = htmlFiles(dist).map((file) => measurePage(dist, file));
	for (const w of weights) {
		const cells = [w.html, w.css, w.js, w.total].map(cell).join('');
		console.log(`${w.page.padEnd(34)}${cells}${String(w.requests).padStart(10)}`);
	}
	console.log('Bytes; gzip at level 9. Data the zone picker fetches when first used:');
	const onDemand = (path: string) => {
		const weight = bytes(readFileSync(join(dist, path), 'utf8'));
		console.log(`${path.padEnd(34)}${cell(weight)}`);
		return weight.gzip;
	};
	const table = onDemand('data/zone-table.json');
	const cityFiles = new Map(
		locales.map((locale) => {
			const path = zoneCitiesPath(locale);
			return [locale, path ? onDemand(path.slice(1)) : 0];
		}),
	);
	console.log();
	for (const w of weights.filter((weight) => /^\w+\/meetings\//.test(weight.page))) {
		// What the picker loads on first use (its code, the zone data) counts against the page.
		const locale = w.page.split('/')[0] as Locale;
		console.log(`${w.page}: picker code on first use ${cell(w.lazy)}`);
		const all = w.total.gzip + w.lazy.gzip + table + (cityFiles.get(locale) ?? 0);
		console.log(atMost(`${w.page} all resources, gzip`, all, budgets.meetingPageGzipBytes, ' B'));
		const js = w.js.gzip + w.lazy.gzip;
		console.log(atMost(`${w.page} JavaScript, gzip`, js, budgets.meetingPageJsGzipBytes, ' B'));
	}
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
	report(fileURLToPath(new URL('../dist/', import.meta.url)));
}
