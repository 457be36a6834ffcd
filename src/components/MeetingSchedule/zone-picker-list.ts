// The zone picker's list, loaded by <meeting-schedule> (dynamic import) when the picker is first
// used: the search code and its data (the zone table, the page language's city names) cost a
// visitor nothing until then.

import type { Locale } from '../../i18n/locales.ts';
import {
	findZone,
	pickerCityNames,
	zoneCitiesPath,
	zoneEntries,
	type ZoneCities,
	type ZoneEntry,
	type ZoneMatch,
	type ZoneTable,
} from '../../lib/time/zone-search.ts';

/** Whether `data` is an object whose `keys` are all strings. */
function hasStrings<T>(data: unknown, keys: readonly (keyof T)[]): data is T {
	const record = data as Partial<Record<keyof T, unknown>> | null;
	return (
		typeof record === 'object' &&
		record !== null &&
		keys.every((key) => typeof record[key] === 'string')
	);
}

/**
 * JSON from the site, or undefined: a file of another shape (an old cache, a host's error page)
 * is ignored, not trusted. Without these files zones are still found by their names and Intl's.
 */
async function fetchData<T>(path: string, keys: readonly (keyof T)[]) {
	try {
		const response = await fetch(path);
		const data: unknown = response.ok ? await response.json() : undefined;
		return hasStrings<T>(data, keys) ? data : undefined;
	} catch {
		return undefined;
	}
}

export interface ZoneList {
	/** The zone, or the zones, a visitor meant by what they typed. */
	find(query: string): ZoneMatch | undefined;
	/** How the page names a zone: its city, countries and label ("Tokyo · Japan · …"). */
	entry(zone: string): ZoneEntry | undefined;
}

export interface ZoneListOptions {
	/** The page's language, whose city names are fetched. */
	lang: Locale;
	/** The BCP 47 tag the names are in: ru-RU. */
	locale: string;
	/** Filled with one option per zone, so the browser can suggest them. */
	datalist: HTMLDataListElement | null;
	/** The meeting's start and end: abbreviations count only where they are in use then. */
	instants: [number, number];
}

export async function loadZoneList(options: ZoneListOptions): Promise<ZoneList> {
	const [fetched, cityFile] = await Promise.all([
		fetchData<ZoneTable>('/data/zone-table.json', ['version', 'zones']),
		fetchData<ZoneCities>(zoneCitiesPath(options.lang), ['cldr', 'table', 'names']),
	]);
	const table = fetched ?? { version: '', zones: '' };
	const cities = pickerCityNames(table, cityFile);
	// Browsers before 2022 cannot list their zones; typed zone names still work there.
	const zones =
		typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
	const entries = zoneEntries(zones, table, options.locale, cities, options.instants[0]);
	options.datalist?.replaceChildren(
		...entries.map((entry) => {
			const option = document.createElement('option');
			option.value = entry.id;
			option.label = entry.label;
			return option;
		}),
	);
	const byId = new Map(entries.map((entry) => [entry.id, entry]));
	return {
		find: (query) => findZone(query, entries, options.instants),
		entry: (zone) => byId.get(zone),
	};
}
