// Prints, for each built HTML page, the raw and gzip bytes of its HTML, CSS and JavaScript, and
// each page against its byte budgets (a meeting page with its zone picker's code and data), and
// what the home pages' search loads when it is first used. A report, not a test: `npm run build && npm run bench`.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { locales, type Locale } from '../src/i18n/locales.ts';
import { zoneCitiesPath } from '../src/lib/time/zone-search.ts';
import { atMost, budgets } from './harness/budgets.ts';
import { bytes, measurePage, type Bytes } from './harness/measure.ts';
import { htmlFiles } from './harness/site.ts';

function report(dist: string) {
	const cell = ({ raw, gzip }: Bytes) => `${raw} / ${gzip}`.padStart(16);
	const columns = ['HTML raw / gz', 'CSS raw / gz', 'JS raw / gz', 'total raw / gz'];
	console.log(`${'page'.padEnd(34)}${columns.map((c) => c.padStart(16)).join('')}  requests`);
	const weights = htmlFiles(dist).map((file) => measurePage(dist, join(dist, file)));
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
	for (const w of weights) {
		// A meeting page's zone picker loads its code and data on first use: they count too.
		const locale = w.page.split('/')[0] as Locale;
		const picker = /^\w+\/meetings\//.test(w.page);
		if (picker) console.log(`${w.page}: picker code on first use ${cell(w.lazy)}`);
		const all = w.total.gzip + (picker ? w.lazy.gzip + table + (cityFiles.get(locale) ?? 0) : 0);
		console.log(atMost(`${w.page} all resources, gzip`, all, budgets.pageGzipBytes, ' B'));
		const js = w.js.gzip + w.lazy.gzip;
		console.log(atMost(`${w.page} JavaScript, gzip`, js, budgets.pageJsGzipBytes, ' B'));
	}
	// The search loads only when its box is used: its code, WebAssembly and the language's index
	// entry, then the chunks of the index and the results a query needs (a few KB each).
	console.log();
	for (const locale of locales) {
		const pagefind = join(dist, 'pagefind');
		const meta = readdirSync(pagefind).find((file) => file.startsWith(`pagefind.${locale}_`));
		const files = ['pagefind.js', `wasm.${locale}.pagefind`, 'pagefind-entry.json', meta ?? ''];
		const search = files.reduce((sum, file) => {
			const body = readFileSync(join(pagefind, file));
			// The index files are compressed already; the rest a host compresses.
			return (
				sum +
				(file.endsWith('.js') || file.endsWith('.json') ? bytes(body.toString()).gzip : body.length)
			);
		}, 0);
		console.log(`${locale}/index.html: search on first use ${search} B (${files.join(', ')})`);
	}
}

report(fileURLToPath(new URL('../dist/', import.meta.url)));
