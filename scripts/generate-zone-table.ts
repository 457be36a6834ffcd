// Writes public/data/zone-table.json: which countries each IANA zone belongs to, from
// moment-timezone's packed IANA data (Intl has no answer and the zone search needs one). Also
// public/data/zone-cities.<language>.json: the zones' cities named in each page language, from CLDR
// (Intl has no API for them, so a Russian visitor typing «Киев» found nothing, and English had
// "Sao Paulo" and "Kiev"). The browser fetches these only when someone uses the zone picker; the
// build also writes one small file per zone from them (src/pages/data/zone/). Run after upgrading
// moment-timezone or the CLDR version below: `npm run zones`.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { locales } from '../src/i18n/locales.ts';
import { cityNames } from '../src/lib/format/reference-cities.ts';
import {
	intlId,
	intlPlace,
	ownCity,
	tableZones,
	zoneCitiesPath,
	zonesKey,
	type ZoneCities,
	type ZoneTable,
} from '../src/lib/time/zone-search.ts';

interface Packed {
	version: string;
	countries: string[];
	links: string[];
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

/** Each country's zones, its main zone first. */
const zonesOf = new Map(
	data.countries.map((line) => {
		const [code, list] = line.split('|') as [string, string];
		const zones = list.split(' ').filter((zone, _, all) => namesCountry(code, zone, all));
		const main = mainZones[code];
		if (main && !zones.includes(main)) throw new Error(`${main} is not a zone of ${code}`);
		return [code, main ? [main, ...zones.filter((zone) => zone !== main)] : zones] as const;
	}),
);

// "Africa/Abidjan:ciBFGM…;/Accra:gh;…": each zone once, in order, with its countries (its own
// first; lower case where it is the country's main zone), the area left out where it is the
// previous zone's. Zone by zone, sorted, is 300 B gzip less than country by country.
const byZone = new Map<string, string[]>();
for (const [code, zones] of zonesOf) {
	zones.forEach((zone, rank) => {
		byZone.set(zone, [...(byZone.get(zone) ?? []), rank === 0 ? code.toLowerCase() : code]);
	});
}
// A zone's own country first (IANA's zone1970.tab order: Toronto is Canada's before the Bahamas').
for (const [zone, codes] of byZone) {
	const own = meta.zones[zone]?.countries ?? [];
	const place = (code: string) => {
		const index = own.indexOf(code.toUpperCase());
		return index === -1 ? own.length : index;
	};
	byZone.set(
		zone,
		codes.toSorted((a, b) => place(a) - place(b)),
	);
}
let area = '';
const zones = [...byZone.keys()]
	.sort()
	.map((zone) => {
		const [first = '', ...rest] = zone.split('/');
		const shown = first === area ? `/${rest.join('/')}` : zone;
		area = first;
		return `${shown}:${byZone.get(zone)!.join('')}`;
	})
	.join(';');

/**
 * Intl's name for a zone's place where it is its country's (the country's only zone): «Андорра»,
 * «Япония»; undefined otherwise.
 */
function countryCity(zone: string, locale: string): string | undefined {
	const name = intlPlace(intlId(zone), locale);
	const region = new Intl.DisplayNames(locale, { type: 'region' });
	const own = [...zonesOf].filter(([, zones]) => zones.length === 1 && zones[0] === zone);
	return own.some(([code]) => region.of(code) === name) ? name : undefined;
}

const size = (text: string) => `${Buffer.byteLength(text)} B raw, ${gzipSync(text).length} B gzip`;
function write(file: URL, value: unknown) {
	mkdirSync(new URL('.', file), { recursive: true });
	writeFileSync(file, `${JSON.stringify(value, null, '\t')}\n`);
}

const table: ZoneTable = { version: data.version, zones };
/** Every file to write, written together at the end so that a failure leaves the old ones. */
const files = new Map<URL, unknown>([[target, table]]);
console.log(`zones: ${size(zones)}`);

/**
 * CLDR's data, the Unicode Consortium's own package on the npm registry. It is 140 MB installed,
 * for one small file per language, so it is not a dependency: this script unpacks those files.
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

/** Each language's timeZoneNames.json, unpacked from one download of the package. */
function cldrTimeZoneNames(languages: readonly string[]): Map<string, unknown> {
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
		const files = languages.map((language) => `package/main/${language}/timeZoneNames.json`);
		run(`Unpacking ${files.join(', ')} from ${packageName}`, 'tar', [
			'-xzf',
			join(work, packed[0]!.filename),
			'-C',
			work,
			...files,
		]);
		return new Map(
			languages.map((language, index) => [
				language,
				JSON.parse(readFileSync(join(work, files[index]!), 'utf8')),
			]),
		);
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

const cldrFiles = cldrTimeZoneNames(locales);

/**
 * "Europe/Kiev" → "Киев", for every zone CLDR names a city of; Etc/ zones have none. English CLDR
 * names only the cities that are not simply the zone's name: "Kyiv", "São Paulo".
 */
function exemplarCities(language: string): Map<string, string> {
	const names = cldrFiles.get(language) as {
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
	const cities = exemplarCities(locale);
	const reference = cityNames(locale);
	const zones = tableZones(table);
	/** CLDR's names that a reference city's replaces, so that they still find their zone. */
	const also: string[] = [];
	const names = zones.map((zone) => {
		// CLDR files a zone under its first name (Europe/Kiev, Pacific/Truk), as ICU does.
		const cldr = cities.get(zone) ?? cities.get(intlId(zone));
		const name = reference[zone] ?? cldr;
		for (const each of [name, cldr]) {
			if (each && /[;=]/.test(each))
				throw new Error(`The name of ${zone} holds ";" or "=": ${each}`);
		}
		if (cldr && cldr !== name) also.push(`${zone}=${cldr}`);
		// Left out where every browser finds the same name itself: a zone's own name in English
		// ("New York"); in other languages, the name of its country where the city bears it and the
		// country has no other zone («Андорра»), which is what Intl calls the zone's place there.
		// (Chromium has no other city names in Russian: it answers "Novosibirsk".)
		const derived = locale === 'en' ? ownCity(zone) : countryCity(zone, locale);
		return name === undefined || name === derived ? '' : name;
	});
	const unnamed = zones.filter(
		(zone, index) => !names[index] && locale !== 'en' && !countryCity(zone, locale),
	);
	const file: ZoneCities = {
		cldr: cldrVersion,
		table: zonesKey(table),
		names: names.join(';'),
		also: also.join(';'),
	};
	files.set(new URL(`../public${path}`, import.meta.url), file);
	console.log(
		`${path}: ${zones.length - unnamed.length} of ${zones.length} zones named, ${size(file.names)}` +
			(unnamed.length > 0 && locale !== 'en'
				? `; CLDR ${cldrVersion} names no city for ${unnamed.join(', ')}`
				: ''),
	);
}

for (const [file, value] of files) write(file, value);
