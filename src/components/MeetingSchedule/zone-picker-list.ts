// The zone picker's list, loaded by <meeting-schedule> (dynamic import) when the picker is first
// used: the search code and its data (the zone table, the page language's city names) cost a
// visitor nothing until then.

import {
	findZone,
	pickerCityNames,
	zoneEntries,
	type ZoneCities,
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
async function fetchData<T>(path: string | undefined, keys: readonly (keyof T)[]) {
	if (!path) return undefined;
	try {
		const response = await fetch(path);
		const data: unknown = response.ok ? await response.json() : undefined;
		return hasStrings<T>(data, keys) ? data : undefined;
	} catch {
		return undefined;
	}
}

export interface ZoneList {
	/** The zone a visitor meant by what they typed, if any. */
	find(query: string): string | undefined;
	/** What the visitor reads for a zone: "Tokyo · Japan · Japan Standard Time". */
	label(zone: string): string | undefined;
}

export interface ZoneListOptions {
	/** The BCP 47 tag the names are in: ru-RU. */
	locale: string;
	/** Where the page language's city names are (zoneCitiesPath), if it has a list. */
	citiesPath: string | undefined;
	/** The page's own reference-city names, which win over CLDR's. */
	cities: Record<string, string>;
	/** Filled with one option per zone, so the browser can suggest them. */
	datalist: HTMLDataListElement | null;
}

export async function loadZoneList(options: ZoneListOptions): Promise<ZoneList> {
	const [fetched, cityFile] = await Promise.all([
		fetchData<ZoneTable>('/data/zone-table.json', ['version', 'countries', 'links']),
		fetchData<ZoneCities>(options.citiesPath, ['cldr', 'table', 'names']),
	]);
	const table = fetched ?? { version: '', countries: '', links: '' };
	const cities = pickerCityNames(table, cityFile, options.cities);
	// Browsers before 2022 cannot list their zones; typed zone names still work there.
	const zones =
		typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
	const entries = zoneEntries(zones, table, options.locale, cities);
	options.datalist?.replaceChildren(
		...entries.map((entry) => {
			const option = document.createElement('option');
			option.value = entry.id;
			option.label = entry.label;
			return option;
		}),
	);
	return {
		find: (query) => findZone(query, entries),
		label: (zone) => entries.find((entry) => entry.id === zone)?.label,
	};
}
