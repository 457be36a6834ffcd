// The zone picker's search: every zone the platform supports, named in the page's language (city,
// country, zone name) and found by any of them at the start of a word, by its zone id in any case,
// or by an abbreviation in use on the meeting's dates. No dependencies: the browser runs it with
// the table from public/data/zone-table.json; tests and the build run it in Node.

import type { Locale } from '../../i18n/locales.ts';
import { dateTimeFormat, displayNames } from './intl-cache.ts';
import { zoneAbbreviation } from './zone-abbreviation.ts';
import { knownZone, wallClock } from './zone-time.ts';

/** public/data/zone-table.json, written by scripts/generate-zone-table.ts. */
export interface ZoneTable {
	/** The IANA release the table comes from: "2026f". */
	version: string;
	/**
	 * `Africa/Abidjan:ciBF…;/Accra:gh;…`: every zone once, sorted, with its countries, its own
	 * first, in lower case where it is the country's main zone (Moscow for Russia); `/Accra` is in
	 * the previous zone's area.
	 */
	zones: string;
}

/** The table's zones in order, each with its countries. */
function readTable(table: ZoneTable): { zone: string; countries: string[] }[] {
	let area = '';
	return table.zones
		.split(';')
		.filter(Boolean)
		.map((entry) => {
			const [name = '', codes = ''] = entry.split(':');
			const zone = name.startsWith('/') ? area + name : name;
			area = zone.split('/')[0]!;
			return { zone, countries: codes.match(/../g) ?? [] };
		});
}

/**
 * public/data/zone-cities.<language>.json: the zones' cities named in one page language, from
 * CLDR, as a list that follows the zone table's order (`tableZones`). Names alone, without zone
 * names beside them, are half the bytes.
 */
export interface ZoneCities {
	/** The CLDR version the names come from. */
	cldr: string;
	/** `zonesKey` of the table the list follows; another table's list is not used. */
	table: string;
	/**
	 * `Абиджан;Аккра;…;`: one name per zone of the table, empty where CLDR has none or where every
	 * browser finds the same name itself (cityName): a zone's own name in English ("New York"),
	 * in other languages Intl's name of its place where that is its country's («Андорра»).
	 * The site's reference cities stand in for CLDR's names (New Delhi for Kolkata).
	 */
	names: string;
	/** `Asia/Shanghai=Шанхай;…`: CLDR's names where a reference city's stands in the list. */
	also?: string;
}

/** Where the city names for a page language are. */
export function zoneCitiesPath(locale: Locale): string {
	return `/data/zone-cities.${locale}.json`;
}

/** Each country's zones, by its code, its main zone first: "CH" → Europe/Zurich. */
export function countryZones(table: ZoneTable): Map<string, string[]> {
	const zones = new Map<string, string[]>();
	for (const { zone, countries } of readTable(table)) {
		for (const code of countries) {
			const key = code.toUpperCase();
			const list = zones.get(key) ?? [];
			if (code === key) list.push(zone);
			else list.unshift(zone);
			zones.set(key, list);
		}
	}
	return zones;
}

/** The zones of a table, in its order. */
export function tableZones(table: ZoneTable): string[] {
	return readTable(table).map(({ zone }) => zone);
}

/**
 * The table's version and a hash (32-bit FNV-1a) of its zones in order: "2026f-1a2b3c4d". A city
 * list written for another table, even of the same version and length, would put its names on
 * the wrong zones.
 */
export function zonesKey(table: ZoneTable): string {
	let hash = 0x811c9dc5;
	for (const character of tableZones(table).join(',')) {
		hash = Math.imul(hash ^ character.charCodeAt(0), 0x01000193) >>> 0;
	}
	return `${table.version}-${hash.toString(16).padStart(8, '0')}`;
}

/** A city file's names by zone, or none when it was written for another table. */
export function readZoneCities(table: ZoneTable, file: ZoneCities): Record<string, string> {
	const zones = tableZones(table);
	const names = file.names.split(';');
	if (file.table !== zonesKey(table) || names.length !== zones.length) return {};
	return Object.fromEntries(
		zones.map((zone, index) => [zone, names[index]!] as const).filter(([, name]) => name),
	);
}

/**
 * The id Intl keeps for a zone, or the name itself: ICU keeps CLDR's first name (Chromium and
 * Node answer Asia/Calcutta for Asia/Kolkata, Africa/Asmera for Africa/Asmara). IANA's links are
 * no guide to "the same zone": they also join cities merged into one (Asmara into Nairobi).
 */
export const intlId = (zone: string): string => knownZone(zone) ?? zone;

/**
 * The table's zone for each of `ids` (zones as the platform lists them): the same name, or the
 * table zone Intl knows by that id (Asia/Kolkata for Chromium's Asia/Calcutta). Intl is asked only
 * about the few zones whose names differ: it is slow to ask about hundreds.
 */
export function tableZoneOf(table: ZoneTable, ids: readonly string[]): Map<string, string> {
	const listed = new Set(ids);
	const found = new Map<string, string>();
	for (const zone of tableZones(table)) {
		const id = listed.has(zone) ? zone : intlId(zone);
		if (listed.has(id) && !found.has(id)) found.set(id, zone);
	}
	return found;
}

/** "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export const ownCity = (zone: string): string => zone.split('/').at(-1)!.replaceAll('_', ' ');

export interface CityNames {
	/** The city shown for a table zone: the site's reference cities, else CLDR's. */
	shown: Readonly<Record<string, string>>;
	/** Other names a zone's city is also found by (CLDR's «Шанхай» beside the site's «Пекин»). */
	alsoFound: Readonly<Record<string, string>>;
}

/** A city file's names, shown and also found, when it follows this table; none otherwise. */
export function pickerCityNames(table: ZoneTable, file: ZoneCities | undefined): CityNames {
	const shown = file ? readZoneCities(table, file) : {};
	const also =
		Object.keys(shown).length > 0 && typeof file?.also === 'string' ? file.also.split(';') : [];
	return {
		shown,
		alsoFound: Object.fromEntries(also.map((pair) => pair.split('=') as [string, string])),
	};
}

/**
 * Intl's own name for a zone's place in `locale`, its short generic name: the city where a country
 * has several zones («Новосибирск»), the country where it has one («Япония»). Undefined where the
 * platform's data answer a non-English page in Latin letters ("Almaty"): they must not reach it.
 */
export function intlPlace(zone: string, locale: string, now = 0): string | undefined {
	const name = zoneName(zone, locale, 'shortGeneric', now);
	return name && (isEnglish(locale) || !/[A-Za-z]/.test(name)) ? name : undefined;
}

/**
 * What a page in `locale` calls a table zone's city: its shown name, else for English the zone's
 * own name ("New York"), for other languages Intl's name of its place (the country's, where the
 * city lists leave a name out because it is the same: `npm run zones`). `id` is the zone as the
 * platform lists it.
 */
export function cityName(
	zone: string,
	locale: string,
	cities: CityNames,
	id = zone,
): string | undefined {
	return cities.shown[zone] ?? (isEnglish(locale) ? ownCity(zone) : intlPlace(id, locale));
}

const isEnglish = (locale: string) => locale.toLowerCase().startsWith('en');

export interface ZoneEntry {
	/** The zone as the platform lists it: Asia/Calcutta in Chromium, Asia/Kolkata elsewhere. */
	id: string;
	/** The same zone as the zone table names it: Asia/Kolkata. */
	zone: string;
	/** The city in the page's language, if it has one: "Tokyo", «Токио». */
	city: string | undefined;
	/** Its countries in the page's language: "Switzerland, Germany, Liechtenstein". */
	country: string;
	/** Where it is: its city and its own country (the table lists it first): "Toronto, Canada". */
	place: string;
	/** What the visitor reads: "Tokyo · Japan · Japan Standard Time". */
	label: string;
	/** Names the zone is found by, normalised: its cities (also from its ids), its long name. */
	names: string[];
	/** Its countries, named in the page's language and in English, normalised, each with a rank:
	 * 0 where this is the country's main zone, 1 otherwise. */
	countries: { names: string[]; rank: number }[];
}

/** Lower case, no accents, ё as е, punctuation and underscores as spaces. */
export function normalise(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}+]+/gu, ' ')
		.trim();
}

/** Each zone's countries: their codes, and 0 where it is the country's main zone, else 1. */
function parseCountries(table: ZoneTable) {
	return new Map(
		readTable(table).map(({ zone, countries }) => [
			zone,
			countries.map((code) => ({ code: code.toUpperCase(), rank: code < 'a' ? 1 : 0 })),
		]),
	);
}

function zoneName(
	zone: string,
	locale: string,
	style: 'longGeneric' | 'shortGeneric',
	now: number,
) {
	const name = dateTimeFormat(locale, { timeZone: zone, timeZoneName: style })
		.formatToParts(now)
		.find((part) => part.type === 'timeZoneName')?.value;
	return name && !/^(GMT|UTC)/.test(name) ? name : undefined;
}

/** Whether `name` holds `place` as whole words. */
const holds = (name: string, place: string) => ` ${name} `.includes(` ${place} `);

/**
 * One entry per zone in `zones`, named in `locale` (a BCP 47 tag such as ru-RU) as the zone is
 * called at `now`, with the city names the site has in that language. A zone's long name ("Moscow
 * Standard Time") is left out of its label where it names another place (Minsk, Belarus).
 */
export function zoneEntries(
	zones: readonly string[],
	table: ZoneTable,
	locale: string,
	cities: CityNames = { shown: {}, alsoFound: {} },
	now = Date.now(),
): ZoneEntry[] {
	const countries = parseCountries(table);
	const tableZone = tableZoneOf(table, zones);
	const regions = displayNames(locale, { type: 'region' });
	const englishRegions = displayNames('en', { type: 'region' });
	const english = isEnglish(locale);
	const entries = zones.map((id) => {
		const own = tableZone.get(id) ?? id;
		const codes = countries.get(own) ?? [];
		const countryNames = codes.map(({ code }) => regions.of(code) ?? code);
		// Where the list leaves a name to Intl, Intl's name of the place is the city's, or the
		// country's where the two are one (Andorra, Singapore).
		const city = cityName(own, locale, cities, id);
		// Browsers with trimmed locale data answer in English, which must not reach a Russian page.
		const long = [zoneName(id, locale, 'longGeneric', now)].find(
			(name) => name && (english || !/[A-Za-z]/.test(name)),
		);
		const other = cities.alsoFound[own];
		return {
			id,
			zone: own,
			city,
			countryNames,
			long,
			names: [
				...new Set(
					// Zone ids by their cities only: "Pacific" is no city's name.
					[city, other, ownCity(own), ownCity(id)]
						.filter((name): name is string => Boolean(name))
						.map(normalise),
				),
			],
			countries: codes.map(({ code, rank }) => ({
				names: [normalise(regions.of(code) ?? code), normalise(englishRegions.of(code) ?? code)],
				rank,
			})),
		};
	});
	// Every city and country a long name could name instead of the zone's own.
	const places = new Set(
		entries.flatMap((entry) => [
			...(entry.city ? [normalise(entry.city)] : []),
			...entry.countries.flatMap((country) => country.names),
		]),
	);
	const namesOther = new Map<string, string[]>();
	const otherPlaces = (long: string) => {
		const key = normalise(long);
		let found = namesOther.get(key);
		if (!found) namesOther.set(key, (found = [...places].filter((place) => holds(key, place))));
		return found;
	};
	return entries.map(({ id, zone, city, countryNames, long, names, countries: ofZone }) => {
		const own = new Set([
			...(city ? [normalise(city)] : []),
			...ofZone.flatMap((country) => country.names),
		]);
		const fair = long && otherPlaces(long).every((place) => own.has(place)) ? long : undefined;
		const label = [...new Set([city, countryNames.join(', '), fair].filter(Boolean))].join(' · ');
		const country = countryNames.join(', ');
		// Its own country comes first in the table: "Toronto, Canada", not the Bahamas.
		const place = [...new Set([city, countryNames[0]].filter(Boolean))].join(', ') || id;
		// A long name that names another place finds this zone no more than it labels it.
		const found = fair ? [...new Set([...names, normalise(fair)])] : names;
		return { id, zone, city, country, place, label: label || id, names: found, countries: ofZone };
	});
}

/**
 * Abbreviations in common English use that CLDR's English data does not give: each for the main
 * zones that use it, at the offset (minutes east of UTC) they have while they do. So "IST" is also
 * Israel's in winter, "CST" China's, and Cuba's in winter, and "AST" Arabia's.
 */
const commonAbbreviations: [abbreviation: string, offset: number, zones: string][] = [
	['JST', 540, 'Asia/Tokyo'],
	['KST', 540, 'Asia/Seoul'],
	['CST', 480, 'Asia/Shanghai Asia/Taipei'],
	['PHT', 480, 'Asia/Manila'],
	['WIB', 420, 'Asia/Jakarta'],
	['ICT', 420, 'Asia/Bangkok Asia/Ho_Chi_Minh'],
	['NPT', 345, 'Asia/Kathmandu'],
	['PKT', 300, 'Asia/Karachi'],
	['MSK', 180, 'Europe/Moscow'],
	['TRT', 180, 'Europe/Istanbul'],
	['AST', 180, 'Asia/Riyadh Asia/Baghdad Asia/Qatar'],
	['IDT', 180, 'Asia/Jerusalem'],
	['IST', 120, 'Asia/Jerusalem'],
	['BRT', -180, 'America/Sao_Paulo'],
	['ART', -180, 'America/Argentina/Buenos_Aires'],
	['CDT', -240, 'America/Havana'],
	['CST', -300, 'America/Havana'],
];

/** Whether a zone (`entry`) is called `abbreviation` at `instant`, by CLDR or in common use. */
function isCalled(abbreviation: string, entry: ZoneEntry, instant: number): boolean {
	if (zoneAbbreviation(instant, entry.id) === abbreviation) return true;
	return commonAbbreviations.some(
		([name, offset, zones]) =>
			name === abbreviation &&
			zones.split(' ').includes(entry.zone) &&
			wallClock(instant, entry.id).offset === offset,
	);
}

/** What a visitor's text found. */
export type ZoneMatch =
	/** One zone. */
	| { zone: string }
	/** Several zones it could mean, for the visitor to choose from, in the order to offer them. */
	| { choices: string[] };

/**
 * The zone a visitor meant by what they typed, on the meeting's dates (`instants`, its start and
 * end): a zone's id in any case ("utc", "europe/kyiv"), a city, country or zone name that equals
 * the text, else one that starts with it, else one with a word that starts with it ("york" finds
 * New York; "Pacific" never finds "Mexican Pacific Time" before "Pacific Time"); or an
 * abbreviation in use on those dates (a country's main zone before its others). Several equal
 * answers are offered to choose from (decide).
 */
export function findZone(
	query: string,
	entries: readonly ZoneEntry[],
	instants: readonly [number, number],
): ZoneMatch | undefined {
	const wanted = normalise(query);
	if (!wanted) return undefined;
	const typed = knownZone(query.trim());
	if (typed) return { zone: typed };
	/** 0 for the whole name, 1 for its start, 2 for the start of a later word. */
	const tier = (name: string) =>
		name === wanted ? 0 : name.startsWith(wanted) ? 1 : name.includes(` ${wanted}`) ? 2 : 3;
	const scored = entries.map((entry) => ({
		entry,
		score: Math.min(
			...entry.names.map((name) => tier(name) * 100),
			...entry.countries.flatMap(({ names, rank }) => names.map((name) => tier(name) * 100 + rank)),
		),
	}));
	const exact = scored.filter(({ score }) => score < 100);
	if (exact.length === 0 && /^[a-z]{2,5}$/.test(wanted)) {
		const abbreviation = byAbbreviation(wanted.toUpperCase(), entries, instants);
		if (abbreviation) return abbreviation;
	}
	const found = scored.filter(({ score }) => score < 300);
	return found.length > 0 ? decide(found, instants) : undefined;
}

function byAbbreviation(
	abbreviation: string,
	entries: readonly ZoneEntry[],
	[start, end]: readonly [number, number],
): ZoneMatch | undefined {
	const using = entries.filter(
		(entry) => isCalled(abbreviation, entry, start) || isCalled(abbreviation, entry, end),
	);
	if (using.length === 0) return undefined;
	// Greenwich Mean Time is UTC+0 wherever it is used: it means UTC itself.
	if (abbreviation === 'GMT') return { zone: 'UTC' };
	// A country's main zone first: EDT is New York's and Toronto's before Detroit's.
	return decide(
		using.map((entry) => ({ entry, score: main(entry) ? 0 : 1 })),
		[start, end],
	);
}

const main = (entry: ZoneEntry) => entry.countries.some((country) => country.rank === 0);

/**
 * One zone when one is best; otherwise the best, by offset, for the visitor to choose from: IST
 * is India's, Sri Lanka's and, in summer, Ireland's. Among several that keep the same time, one
 * that is its country's main zone is enough: MSK is Moscow's, not Kirov's.
 */
function decide(
	found: { entry: ZoneEntry; score: number }[],
	[start, end]: readonly [number, number],
): ZoneMatch | undefined {
	const best = Math.min(...found.map(({ score }) => score));
	const top = found.filter(({ score }) => score === best).map(({ entry }) => entry);
	if (top.length === 1) return { zone: top[0]!.id };
	const clocks = (id: string) => `${wallClock(start, id).offset}/${wallClock(end, id).offset}`;
	const mains = top.filter(main);
	if (mains.length === 1 && new Set(top.map((entry) => clocks(entry.id))).size === 1) {
		return { zone: mains[0]!.id };
	}
	const offset = (id: string) => wallClock(start, id).offset;
	return {
		choices: top
			.toSorted((a, b) => offset(a.id) - offset(b.id) || a.label.localeCompare(b.label))
			.map((entry) => entry.id),
	};
}
