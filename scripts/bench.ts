// Prints, for each built HTML page, the raw and gzip bytes of its HTML, CSS and JavaScript
// (inline <script>/<style> plus the files its <script src> and <link rel=stylesheet> load).
// A report, not a test: `npm run build && npm run bench`. measurePage() is reused by tests.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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
	// A module's static imports (shared chunks) load with it, each once per page.
	const addModule = (url: string) => {
		const path = new URL(url, 'https://x/').pathname;
		if (js.has(path)) return;
		const code = asset(path);
		js.set(path, code);
		for (const [, from = ''] of code.matchAll(
			/\bimport\s*(?:[^'"();]*?\bfrom\s*)?["']([^"']+)["']/g,
		)) {
			addModule(new URL(from, `https://x${path}`).pathname);
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
	for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
		const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
		if (/\brel\s*=\s*["']?stylesheet/i.test(tag) && href) css.push(asset(href));
	}
	return {
		page: relative(dist, htmlFile),
		html: bytes(html),
		css: bytes(css.join('\n')),
		js: bytes([...js.values()].join('\n')),
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
	console.log(
		`${'page'.padEnd(34)}${'HTML raw / gz'.padStart(16)}${'CSS raw / gz'.padStart(16)}${'JS raw / gz'.padStart(16)}`,
	);
	for (const file of htmlFiles(dist)) {
		const weight = measurePage(dist, file);
		console.log(
			`${weight.page.padEnd(34)}${cell(weight.html)}${cell(weight.css)}${cell(weight.js)}`,
		);
	}
	console.log('Bytes; gzip at level 9. Data fetched on demand (public/data/zone-table.json):');
	const table = readFileSync(join(dist, 'data/zone-table.json'), 'utf8');
	console.log(`zone table ${cell(bytes(table))}`);
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
	report(fileURLToPath(new URL('../dist/', import.meta.url)));
}
