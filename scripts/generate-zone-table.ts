// Writes public/data/zone-table.json: which country each IANA zone belongs to, and the old and new
// names of renamed zones, from moment-timezone's packed IANA data. Intl has neither answer and the
// zone search needs both. Also public/data/zone-cities.<language>.json: the zones' cities named in
// each page language but English, from CLDR (Intl has no API for them, so a Russian visitor typing
// «Киев» found nothing). The browser fetches these only when someone uses the zone picker, so they
// do not count against the page's JavaScript. Run after upgrading moment-timezone or the CLDR
// version below: `npm run zones`.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { locales } from '../src/i18n/locales.ts';
import {
	intlId,
	tableZones,
	zoneCitiesPath,
	zonesKey,
	type ZoneCities,
} from '../src/lib/time/zone-search.ts';

interface Packed {
	version: string;
	links: string[];
	countries: string[];
}

const source = new URL('../node_modules/moment-timezone/data/packed/latest.json', import.meta.url);
const target = new URL('../public/data/zone-table.json', import.meta.url);
const data = JSON.parse(readFileSync(source, 'utf8')) as Packed;
/** The same release's zone1970.tab: each zone's countries, the one its city is in first. */
const meta = JSON.parse(
	readFileSync(
		new URL('../node_modules/moment-timezone/data/meta/latest.json', import.meta.url),
		'utf8',
	),
) as { zones: Record<string, { countries: string[] }> };

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

/** Each zone's other names are one zone: Africa/Accra is Africa/Abidjan. */
const canonical = new Map(
	data.links.map((line) => line.split('|') as [string, string]).map(([zone, link]) => [link, zone]),
);
const sameZone = (a: string, b: string) => (canonical.get(a) ?? a) === (canonical.get(b) ?? b);
const home = (zone: string) => meta.zones[zone]?.countries[0];
/** tz lists Crimea under Russia and Ukraine and takes no side between them; nor does the site. */
const listedUnderBoth = new Set(['Europe/Simferopol']);

/**
 * Whether a country is named with a zone. zone1970.tab also lists a country that keeps another
 * country's clock in one remote place (Australia's Eyre Bird Observatory on Tokyo's, Antarctic
 * stations on their supply bases', Büsingen on Zurich's): where the country has a zone of its own
 * besides that zone's other names, the picker would call Tokyo "Australia, Japan". Such a place
 * has its own zone name where tz gives it one (Europe/Busingen), which names the country.
 */
function namesCountry(code: string, zone: string, zones: string[]): boolean {
	if (home(zone) === code || listedUnderBoth.has(zone)) return true;
	return zones.every((other) => home(other) !== code || sameZone(other, zone));
}

// "CH:Europe/Zurich;KZ:Asia/Almaty,Asia/Aqtobe,…": one entry per country, its main zone first.
const countries = data.countries
	.map((line) => {
		const [code, list] = line.split('|') as [string, string];
		const zones = list.split(' ').filter((zone, _, all) => namesCountry(code, zone, all));
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

const size = (text: string) => `${Buffer.byteLength(text)} B raw, ${gzipSync(text).length} B gzip`;
function write(file: URL, value: unknown) {
	mkdirSync(new URL('.', file), { recursive: true });
	writeFileSync(file, `${JSON.stringify(value, null, '\t')}\n`);
}

const table = { version: data.version, countries, links };
/** Every file to write, written together at the end so that a failure leaves the old ones. */
const files = new Map<URL, unknown>([[target, table]]);
console.log(
	`countries: ${size(countries)}; links: ${size(links)}; both: ${size(countries + links)}`,
);

/**
 * CLDR's data, the Unicode Consortium's own package on the npm registry. It is 140 MB installed,
 * for one small file per language, so it is not a dependency: this script unpacks the one file.
 */
const cldrVersion = '48.2.0';

/** Runs a command; a failure says which step failed and what the command printed. */
function run(step: string, command: string, args: string[]): string {
	try {
		return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	} catch (error) {
		const { stderr = '', stdout = '' } = error as { stderr?: string; stdout?: string };
		throw new Error(`${step} failed (${command} ${args.join(' ')}):\n${stderr}${stdout}`, {
			cause: error,
		});
	}
}

function cldrTimeZoneNames(language: string): unknown {
	const work = mkdtempSync(join(tmpdir(), 'cldr-'));
	try {
		const packageName = `cldr-dates-full@${cldrVersion}`;
		const packed = JSON.parse(
			run(`Downloading ${packageName} from the npm registry`, 'npm', [
				'pack',
				packageName,
				'--pack-destination',
				work,
				'--json',
			]),
		) as { filename: string }[];
		const file = `package/main/${language}/timeZoneNames.json`;
		run(`Unpacking ${file} from ${packageName}`, 'tar', [
			'-xzf',
			join(work, packed[0]!.filename),
			'-C',
			work,
			file,
		]);
		return JSON.parse(readFileSync(join(work, file), 'utf8'));
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

/** "Europe/Kiev" → "Киев", for every zone CLDR names a city of; Etc/ zones have none. */
function exemplarCities(language: string): Map<string, string> {
	const names = cldrTimeZoneNames(language) as {
		main: Record<string, { dates: { timeZoneNames: { zone: Record<string, unknown> } } }>;
	};
	const cities = new Map<string, string>();
	const walk = (node: unknown, path: string[]) => {
		if (typeof node !== 'object' || node === null) return;
		const { exemplarCity } = node as { exemplarCity?: unknown };
		if (typeof exemplarCity === 'string' && path.length >= 2 && path[0] !== 'Etc') {
			cities.set(path.join('/'), exemplarCity);
		}
		for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
	};
	walk(names.main[language]!.dates.timeZoneNames.zone, []);
	return cities;
}

for (const locale of locales) {
	const path = zoneCitiesPath(locale);
	if (!path) continue;
	const cities = exemplarCities(locale);
	const zones = tableZones(table);
	const names = zones.map((zone) => {
		// CLDR files a zone under its first name (Europe/Kiev, Pacific/Truk), as ICU does.
		const name = cities.get(zone) ?? cities.get(intlId(zone));
		if (name?.includes(';')) throw new Error(`CLDR's name of ${zone} holds a ";": ${name}`);
		return name ?? '';
	});
	const unnamed = zones.filter((_, index) => !names[index]);
	const file: ZoneCities = { cldr: cldrVersion, table: zonesKey(table), names: names.join(';') };
	files.set(new URL(`../public${path}`, import.meta.url), file);
	console.log(
		`${path}: ${zones.length - unnamed.length} of ${zones.length} zones named, ${size(file.names)}` +
			(unnamed.length > 0 ? `; CLDR ${cldrVersion} names no city for ${unnamed.join(', ')}` : ''),
	);
}

for (const [file, value] of files) write(file, value);
