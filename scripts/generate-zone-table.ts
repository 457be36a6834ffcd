// Writes public/data/zone-table.json: which country each IANA zone belongs to, and the old and new
// names of renamed zones, from moment-timezone's packed IANA data. Intl has neither answer and the
// zone search needs both. The browser fetches it only when someone uses the zone picker, so it
// does not count against the page's JavaScript. Run after upgrading moment-timezone: `npm run zones`.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

interface Packed {
	version: string;
	links: string[];
	countries: string[];
}

const source = new URL('../node_modules/moment-timezone/data/packed/latest.json', import.meta.url);
const target = new URL('../public/data/zone-table.json', import.meta.url);
const data = JSON.parse(readFileSync(source, 'utf8')) as Packed;

// "CH:Europe/Zurich;KZ:Asia/Almaty,Asia/Aqtobe,…": one entry per country, zones in IANA order.
const countries = data.countries
	.map((line) => {
		const [code, zones] = line.split('|') as [string, string];
		return `${code}:${zones.split(' ').join(',')}`;
	})
	.join(';');

// Only renames between place names (Asia/Calcutta = Asia/Kolkata, Europe/Kiev = Europe/Kyiv):
// browsers list one name or the other, and visitors type either. "US/Eastern" and "Etc/…" are
// left out: nobody searches for them, and Intl accepts them in a link anyway.
const place = /^[A-Z][a-z]+\/[A-Za-z_/-]+$/;
const links = data.links
	.map((line) => line.split('|') as [string, string])
	.filter(([a, b]) => place.test(a) && place.test(b))
	.map(([a, b]) => `${a}=${b}`)
	.join(';');

const table = { version: data.version, countries, links };
mkdirSync(new URL('.', target), { recursive: true });
writeFileSync(target, `${JSON.stringify(table)}\n`);
const size = (text: string) => `${text.length} B raw, ${gzipSync(text).length} B gzip`;
console.log(
	`countries: ${size(countries)}; links: ${size(links)}; both: ${size(countries + links)}`,
);
