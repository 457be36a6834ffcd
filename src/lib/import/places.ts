// Which IANA zone a place named in a circular keeps. Geneva, ITU's headquarters, is named here
// because IANA names no zone after it (Europe/Zurich keeps Swiss time). Every other city is found
// through the zones themselves: their own English names ("America/New_York" → New York) and
// CLDR's names in the site's zone data (public/data/zone-cities.<lang>.json, from
// `npm run zones`). A country names its zone when it has only one at that time ("Spain").

import { existsSync, readFileSync } from 'node:fs';

import type { Locale } from '../../i18n/locales.ts';
import {
	cityName,
	countryZones,
	pickerCityNames,
	tableZones,
	type CityNames,
	type ZoneCities,
	type ZoneTable,
} from '../time/zone-search.ts';

/** Places a circular names that are not a zone's city, with the zone they keep. */
const placesBeyondZones: { zone: string; en: string; ru: string }[] = [
	{ zone: 'Europe/Zurich', en: 'Geneva', ru: 'Женева' },
];

/** Zone cities that are also common English words or names; a circular means those, not the place. */
const notPlaces = new Set(['Center', 'Christmas', 'Easter', 'Wake', 'Midway', 'Knox', 'Regina']);

export interface PlaceMatch {
	/** A city: its zone. A country: its zones, main zone first. */
	zones: string[];
	kind: 'city' | 'country';
	/** The place in each language, nominative: Женева, Geneva. */
	names: Partial<Record<Locale, string | undefined>>;
	/** As the circular writes it: «Женеве». */
	text: string;
	index: number;
}

interface Entry {
	zones: string[];
	kind: 'city' | 'country';
	names: Partial<Record<Locale, string | undefined>>;
}

const dataDir = new URL('../../../public/data/', import.meta.url);

function readJson<T>(name: string): T | undefined {
	const url = new URL(name, dataDir);
	return existsSync(url) ? (JSON.parse(readFileSync(url, 'utf8')) as T) : undefined;
}

/** Lower case, no accents, ё as е: how names are compared. */
function fold(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replaceAll('ё', 'е')
		.replace(/[\s\u00a0]+/g, ' ');
}

/**
 * The case forms of a Russian place name: only the last word of a compound declines (Нью-Йорке,
 * Буэнос-Айресе); names ending in о, е, и, у, ю, э do not decline at all (Монако, Тбилиси).
 */
export function russianForms(name: string): string[] {
	const [, head = '', last = ''] = /^(.*?)([^\s-]+)$/u.exec(name) ?? [];
	const stem = last.slice(0, -1);
	const end = last.slice(-1);
	let forms: string[];
	if (last.endsWith('ия')) forms = ['ия', 'ии', 'ию', 'ией'].map((e) => last.slice(0, -2) + e);
	else if (end === 'а') forms = ['а', 'ы', 'и', 'е', 'у', 'ой'].map((e) => stem + e);
	else if (end === 'я') forms = ['я', 'и', 'е', 'ю', 'ей'].map((e) => stem + e);
	else if (end === 'й') forms = ['й', 'я', 'е', 'ю', 'ем'].map((e) => stem + e);
	else if (end === 'ь') forms = ['ь', 'и', 'я', 'е', 'ю', 'ем', 'ью'].map((e) => stem + e);
	else if (/[оеиуюэ]/u.test(end)) forms = [last];
	else forms = ['', 'а', 'е', 'у', 'ом'].map((e) => last + e);
	return forms.map((form) => head + form);
}

let index: Map<string, Entry> | undefined;
let citiesByZone: Map<string, Partial<Record<Locale, string | undefined>>> | undefined;

function build(): Map<string, Entry> {
	const table = readJson<ZoneTable>('zone-table.json');
	if (!table) throw new Error('public/data/zone-table.json is missing; run `npm run zones`');
	const cities = new Map<string, Partial<Record<Locale, string | undefined>>>();
	const lists: Partial<Record<Locale, CityNames>> = {};
	for (const lang of ['en', 'ru'] as const) {
		const file = readJson<ZoneCities>(`zone-cities.${lang}.json`);
		if (file) lists[lang] = pickerCityNames(table, file);
	}
	const map = new Map<string, Entry>();
	const add = (name: string | undefined, lang: Locale, entry: Entry) => {
		if (!name) return;
		for (const form of lang === 'ru' ? russianForms(name) : [name]) {
			const key = fold(form);
			if (!map.has(key)) map.set(key, entry);
		}
	};
	for (const place of placesBeyondZones) {
		const entry: Entry = {
			zones: [place.zone],
			kind: 'city',
			names: { en: place.en, ru: place.ru },
		};
		add(place.en, 'en', entry);
		add(place.ru, 'ru', entry);
	}
	for (const zone of tableZones(table)) {
		if (/^(?:Antarctica|Etc)\//.test(zone)) continue;
		const own = zone.split('/').at(-1)!.replaceAll('_', ' ');
		if (notPlaces.has(own)) continue;
		// The site's names (Geneva for Europe/Zurich), and CLDR's where the site's differ (Zurich).
		const names = {
			en: lists.en ? cityName(zone, 'en', lists.en) : own,
			ru: lists.ru && cityName(zone, 'ru', lists.ru),
		};
		cities.set(zone, names);
		const entry: Entry = { zones: [zone], kind: 'city', names };
		add(own, 'en', entry);
		add(names.en, 'en', entry);
		add(lists.en?.alsoFound[zone], 'en', entry);
		add(names.ru, 'ru', entry);
		add(lists.ru?.alsoFound[zone], 'ru', entry);
	}
	for (const place of placesBeyondZones) cities.set(place.zone, { en: place.en, ru: place.ru });
	const regions = {
		en: new Intl.DisplayNames(['en'], { type: 'region' }),
		ru: new Intl.DisplayNames(['ru'], { type: 'region' }),
	};
	for (const [code, zones] of countryZones(table)) {
		const names = { en: regions.en.of(code), ru: regions.ru.of(code) };
		const entry: Entry = { zones, kind: 'country', names };
		add(names.en, 'en', entry);
		add(names.ru, 'ru', entry);
	}
	citiesByZone = cities;
	return map;
}

/** Every place named in `text`, in order; a longer name wins over a shorter one inside it. */
export function findPlaces(text: string): PlaceMatch[] {
	index ??= build();
	const words = [...text.matchAll(/[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu)];
	const found: PlaceMatch[] = [];
	for (let i = 0; i < words.length; i++) {
		for (let n = Math.min(4, words.length - i); n >= 1; n--) {
			const first = words[i]!;
			const last = words[i + n - 1]!;
			const raw = text.slice(first.index, last.index + last[0].length).replace(/[.’']+$/u, '');
			// Place names are capitalised; "wake" or «женева» in running text are not places.
			if (!/^\p{Lu}/u.test(raw)) continue;
			const entry = index.get(fold(raw));
			if (entry) {
				found.push({ ...entry, text: raw, index: first.index });
				i += n - 1;
				break;
			}
		}
	}
	return found;
}

/** The city a zone is named by, in each language: Europe/Zurich → Geneva, Женева. */
export function zoneCity(zone: string): Partial<Record<Locale, string | undefined>> {
	index ??= build();
	return citiesByZone?.get(zone) ?? {};
}

/** The place called `name` in one language, named in the other: Женева → Geneva. */
export function translatePlace(name: string, to: Locale): string | undefined {
	const match = findPlaces(name).find((place) => fold(place.text) === fold(name));
	return match?.names[to];
}
