// The zone picker's search: every zone the platform supports, named in the page's language
// (city, country, zone name) and found by any of them, old zone names included. No dependencies:
// the browser runs it with the table from public/data/zone-table.json; tests run it in Node.

import type { Locale } from '../../i18n/locales.ts';
import { dateTimeFormat, displayNames } from './intl-cache.ts';
import { knownZone } from './zone-time.ts';

/** public/data/zone-table.json, written by scripts/generate-zone-table.ts. */
export interface ZoneTable {
	version: string;
	/** `CH:Europe/Zurich;KZ:Asia/Almaty,Asia/Aqtobe;…` */
	countries: string;
	/** `Asia/Kolkata=Asia/Calcutta;…`: two names of one zone. */
	links: string;
}

/**
 * public/data/zone-cities.<language>.json: the zones' cities named in one page language, from
 * CLDR, as a list that follows the zone table's order (`tableZones`). Names alone, without zone
 * names beside them, are half the bytes: the Russian list is 2.8 KB gzip instead of 5.9 KB.
 */
export interface ZoneCities {
	/** The CLDR version the names come from. */
	cldr: string;
	/** `zonesKey` of the table the list follows; another table's list is not used. */
	table: string;
	/** `Абиджан;Аккра;…;`: one name per zone of the table, empty where CLDR has none. */
	names: string;
}

/**
 * Where the city names for a page language are, or undefined for English, whose city names are
 * the zones' own ("America/New_York" → "New York").
 */
export function zoneCitiesPath(locale: Locale): string | undefined {
	return locale === 'en' ? undefined : `/data/zone-cities.${locale}.json`;
}

/** The zones of a table, each once, in the order its countries list them. */
export function tableZones(table: ZoneTable): string[] {
	const zones = table.countries
		.split(';')
		.flatMap((entry) => entry.split(':')[1]?.split(',') ?? []);
	return [...new Set(zones.filter(Boolean))];
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

export interface ZoneEntry {
	/** The zone as the platform lists it: Asia/Calcutta in Chromium, Asia/Kolkata elsewhere. */
	id: string;
	/** What the visitor reads: "Tokyo · Japan · Japan Standard Time". */
	label: string;
	/** The city, normalised for matching. */
	city: string;
	/** The zone's IANA names (old and new), normalised. */
	names: string[];
	/** The label, normalised. */
	words: string;
	/** Its countries, named in the page's language and in English, normalised, each with the
	 * zone's place among that country's zones (0 for the country's main zone). */
	countries: { names: string; rank: number }[];
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

function parseTable(table: ZoneTable) {
	const countries = new Map<string, string[]>();
	const ranks = new Map<string, number>();
	for (const entry of table.countries.split(';')) {
		const [code = '', zones = ''] = entry.split(':');
		zones.split(',').forEach((zone, index) => {
			countries.set(zone, [...(countries.get(zone) ?? []), code]);
			ranks.set(`${zone}|${code}`, index);
		});
	}
	const aliases = new Map<string, string[]>();
	for (const pair of table.links.split(';')) {
		const [a = '', b = ''] = pair.split('=');
		aliases.set(a, [...(aliases.get(a) ?? []), b]);
		aliases.set(b, [...(aliases.get(b) ?? []), a]);
	}
	return { countries, ranks, aliases };
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

/**
 * The id Intl keeps for a zone, or the name itself: ICU keeps CLDR's first name (Chromium and
 * Node answer Asia/Calcutta for Asia/Kolkata, Africa/Asmera for Africa/Asmara). IANA's links are
 * no guide to "the same zone": they also join cities merged into one (Asmara into Nairobi).
 */
export const intlId = (zone: string): string => knownZone(zone) ?? zone;

export interface CityNames {
	/** The city shown for a zone: the site's reference cities, else CLDR's. */
	shown?: Readonly<Record<string, string>>;
	/** Other names a zone's city is also found by (CLDR's «Шанхай» beside the site's «Пекин»). */
	alsoFound?: Readonly<Record<string, string>>;
}

/**
 * The picker's city names: the page's own reference cities shown over the language's CLDR list
 * (when it follows this table), whose names still find their zones.
 */
export function pickerCityNames(
	table: ZoneTable,
	file: ZoneCities | undefined,
	reference: Readonly<Record<string, string>>,
): CityNames {
	const cldr = file ? readZoneCities(table, file) : {};
	return { shown: { ...cldr, ...reference }, alsoFound: cldr };
}

/**
 * One entry per zone in `zones`, named in `locale` (a BCP 47 tag such as ru-RU) as the zone is
 * called at `now`, with the city names the site has in that language.
 */
export function zoneEntries(
	zones: readonly string[],
	table: ZoneTable,
	locale: string,
	{ shown: cities = {}, alsoFound = {} }: CityNames = {},
	now = Date.now(),
): ZoneEntry[] {
	const { countries, ranks, aliases } = parseTable(table);
	/** Every zone joined to `zone` by IANA's links, however many steps away. */
	const linked = (zone: string) => {
		const found = new Set([zone]);
		for (const name of found) for (const other of aliases.get(name) ?? []) found.add(other);
		found.delete(zone);
		return [...found];
	};
	/**
	 * Another name of the same zone that `wanted` accepts (Europe/Kyiv for Europe/Kiev), never a
	 * zone IANA merged it into (Africa/Nairobi for Africa/Asmera), which Intl keeps apart. Intl is
	 * asked only when a linked zone is wanted: it is slow to ask about hundreds of zones.
	 */
	const sameZone = (id: string, wanted: (zone: string) => boolean) =>
		linked(id).find((zone) => wanted(zone) && intlId(zone) === intlId(id));
	const regions = displayNames(locale, { type: 'region' });
	const englishRegions = displayNames('en', { type: 'region' });
	const english = locale.toLowerCase().startsWith('en');
	return zones.map((id) => {
		const others = aliases.get(id) ?? [];
		// A zone listed under its own name, or another name of it, keeps its own countries:
		// Europe/Busingen is a link to Europe/Zurich in IANA but is German, not Swiss, and
		// Africa/Asmera is Eritrea's Africa/Asmara, not all the countries of Africa/Nairobi.
		const listed = (zone: string) => countries.has(zone);
		const own = listed(id) ? id : (sameZone(id, listed) ?? others.find(listed));
		const codes = own ? countries.get(own)! : [];
		const countryNames = codes.map((code) => regions.of(code) ?? code);
		const segment = (own ?? id).split('/').at(-1)!.replaceAll('_', ' ');
		// Intl's short generic name is the city in many languages ("Алматы") but sometimes the
		// country ("Япония"), and browsers with trimmed locale data answer in English ("Almaty"),
		// which must not reach a Russian page. English city names come from the zone's own name.
		const places = [id, ...others].map((name) => name.split('/').at(-1)!.replaceAll('_', ' '));
		const translated = (name: string | undefined) =>
			name && (english || !places.some((place) => name.includes(place))) ? name : undefined;
		const short = english ? segment : translated(zoneName(id, locale, 'shortGeneric', now));
		const nameIn = (names: Readonly<Record<string, string>>) => {
			const zone = Object.hasOwn(names, id)
				? id
				: sameZone(id, (other) => Object.hasOwn(names, other));
			return zone && names[zone];
		};
		const city = nameIn(cities) ?? (short && !countryNames.includes(short) ? short : undefined);
		const otherName = nameIn(alsoFound);
		const long = translated(zoneName(id, locale, 'longGeneric', now));
		const label = [...new Set([city, countryNames.join(', '), long].filter(Boolean))].join(' · ');
		return {
			id,
			label: label || id,
			city: normalise(city ?? segment),
			names: [id, ...others].map(normalise),
			words: normalise(otherName && otherName !== city ? `${label} ${otherName}` : label),
			countries: codes.map((code) => ({
				names: normalise(`${regions.of(code)} ${englishRegions.of(code)}`),
				rank: ranks.get(`${own}|${code}`) ?? 99,
			})),
		};
	});
}

/**
 * The zone a visitor meant by what they typed: a zone's name (old or new) or city, else a zone
 * whose names hold the text as whole words, else as the start of a word, else anywhere; among
 * equals, the country's main zone (IANA lists it first).
 */
export function findZone(query: string, entries: readonly ZoneEntry[]): string | undefined {
	const wanted = normalise(query);
	if (!wanted) return undefined;
	/** 1 for whole words, 2 for the start of a word, 3 anywhere, undefined for no match. */
	const tier = (text: string) => {
		const spaced = ` ${text} `;
		if (spaced.includes(` ${wanted} `)) return 1;
		if (spaced.includes(` ${wanted}`)) return 2;
		return spaced.includes(wanted) ? 3 : undefined;
	};
	const score = (entry: ZoneEntry) => {
		if (entry.names.includes(wanted) || entry.city === wanted) return 0;
		const scores = entry.countries.map((country) => {
			const found = tier(country.names);
			return found === undefined ? Infinity : found * 1000 + country.rank;
		});
		const other = tier([...entry.names, entry.city, entry.words].join(' '));
		return Math.min(...scores, other === undefined ? Infinity : other * 1000 + 999);
	};
	let best: { id: string; score: number } | undefined;
	for (const entry of entries) {
		const found = score(entry);
		if (found < (best?.score ?? Infinity)) best = { id: entry.id, score: found };
	}
	return best?.id;
}
