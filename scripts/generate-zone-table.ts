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

/**
 * The zone a country's name should find first: its capital's. IANA lists a country's zones in no
 * such order (Russia starts with Kaliningrad), and the search takes the first one.
 */
const mainZones: Record<string, string> = {
	AR: 'America/Argentina/Buenos_Aires',
	AU: 'Australia/Sydney',
	BR: 'America/Sao_Paulo',
	CA: 'America/Toronto',
	CL: 'America/Santiago',
	CN: 'Asia/Shanghai',
	DE: 'Europe/Berlin',
	ES: 'Europe/Madrid',
	ID: 'Asia/Jakarta',
	MX: 'America/Mexico_City',
	NZ: 'Pacific/Auckland',
	PT: 'Europe/Lisbon',
	RU: 'Europe/Moscow',
	UA: 'Europe/Kyiv',
};

// "CH:Europe/Zurich;KZ:Asia/Almaty,Asia/Aqtobe,…": one entry per country, its main zone first.
const countries = data.countries
	.map((line) => {
		const [code, list] = line.split('|') as [string, string];
		const zones = list.split(' ');
		const main = mainZones[code];
		if (main && !zones.includes(main)) throw new Error(`${main} is not a zone of ${code}`);
		const ordered = main ? [main, ...zones.filter((zone) => zone !== main)] : zones;
		return `${code}:${ordered.join(',')}`;
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
writeFileSync(target, `${JSON.stringify(table, null, '\t')}\n`);
const size = (text: string) => `${text.length} B raw, ${gzipSync(text).length} B gzip`;
console.log(
	`countries: ${size(countries)}; links: ${size(links)}; both: ${size(countries + links)}`,
);
