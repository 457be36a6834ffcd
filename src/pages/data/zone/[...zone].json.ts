// /data/zone/Asia/Tokyo.json: one zone's city in every page language, {"en":"Tokyo","ru":"Токио"},
// as the picker names it (the site's reference cities, CLDR's, Intl's).
// The page names the visitor's own zone at first sight from this one small file, without the
// picker's lists (2.8 KB for Russian). Written for every name a browser may give its zone: the
// zone table's (Asia/Kolkata) and ICU's (Asia/Calcutta, which Chromium answers).
import type { APIRoute, GetStaticPaths } from 'astro';

import cityFiles from '../../../data/zone-city-files.ts';
import { locales } from '../../../i18n/locales.ts';
import { cityName, intlId, pickerCityNames, tableZones } from '../../../lib/time/zone-search.ts';

export const getStaticPaths = (() => {
	const { table, cities } = cityFiles;
	const zones = tableZones(table);
	// Each name a browser may answer, with the table zone it is: by name, else by Intl's id.
	const listed = new Set(zones);
	const byIntlId = new Map(zones.map((zone) => [intlId(zone), zone]));
	const tableZone = new Map(
		[...zones, ...byIntlId.keys(), ...Intl.supportedValuesOf('timeZone')].map((name) => [
			name,
			listed.has(name) ? name : byIntlId.get(intlId(name)),
		]),
	);
	const named = locales.map((locale) => [locale, pickerCityNames(table, cities[locale])] as const);
	return [...tableZone.keys()]
		.filter((zone) => tableZone.get(zone) && zone.includes('/') && !zone.startsWith('Etc/'))
		.map((zone) => {
			const cities = Object.fromEntries(
				named.flatMap(([locale, names]) => {
					const city = cityName(tableZone.get(zone)!, locale, names);
					return city ? [[locale, city]] : [];
				}),
			);
			// The file is its names: a rebuild copies it from the last build while they stay.
			return { params: { zone }, props: { cities }, cacheKey: JSON.stringify(cities) };
		});
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify(props.cities), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
