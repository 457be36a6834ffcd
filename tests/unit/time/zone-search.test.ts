import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { cityNames } from '../../../src/lib/format/reference-cities.ts';
import {
	findZone,
	pickerCityNames,
	readZoneCities,
	tableZones,
	zoneCitiesPath,
	zoneEntries,
	zonesKey,
	type ZoneCities,
	type ZoneTable,
} from '../../../src/lib/time/zone-search.ts';

const readJson = (path: string) =>
	JSON.parse(readFileSync(new URL(`../../../public${path}`, import.meta.url), 'utf8')) as unknown;
const table = readJson('/data/zone-table.json') as ZoneTable;
const russianCities = readJson(zoneCitiesPath('ru')!) as ZoneCities;
const zones = Intl.supportedValuesOf('timeZone');
const now = Date.UTC(2023, 5, 20);
/** What the page's script passes: the reference cities shown over CLDR's, CLDR's found too. */
const cldr = readZoneCities(table, russianCities);
const ruCities = pickerCityNames(table, russianCities, cityNames('ru'));
const entries = {
	en: zoneEntries(zones, table, 'en-GB', { shown: cityNames('en') }, now),
	ru: zoneEntries(zones, table, 'ru-RU', ruCities, now),
};
/** Russian labels from Intl and the reference cities alone, as before the CLDR names. */
const intlOnly = zoneEntries(zones, table, 'ru-RU', { shown: cityNames('ru') }, now);
/** As Firefox and Safari list zones: IANA's current names (Europe/Kyiv, Pacific/Chuuk). */
const ianaRu = zoneEntries(tableZones(table), table, 'ru-RU', ruCities, now);
/** Zones are compared by what Intl calls them: Node lists Asia/Calcutta, not Asia/Kolkata. */
const canonical = (zone: string) =>
	new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;

describe('findZone', () => {
	it.each([
		['en', 'Tokyo', 'Asia/Tokyo'],
		['en', 'India', 'Asia/Kolkata'],
		['en', 'Kolkata', 'Asia/Kolkata'],
		['en', 'Asia/Calcutta', 'Asia/Kolkata'],
		['en', 'Kyiv', 'Europe/Kyiv'],
		['en', 'Europe/Kiev', 'Europe/Kyiv'],
		['en', 'Switzerland', 'Europe/Zurich'],
		['en', 'Geneva', 'Europe/Zurich'],
		['en', 'United States', 'America/New_York'],
		['en', 'sao paulo', 'America/Sao_Paulo'],
		['en', 'Nepal', 'Asia/Kathmandu'],
		['ru', 'Москва', 'Europe/Moscow'],
		['ru', 'Казахстан', 'Asia/Almaty'],
		['ru', 'Россия', 'Europe/Moscow'],
		['en', 'Australia', 'Australia/Sydney'],
		['ru', 'Япония', 'Asia/Tokyo'],
		['ru', 'Нью-Йорк', 'America/New_York'],
		['ru', 'нью йорк', 'America/New_York'],
		['ru', 'Индия', 'Asia/Kolkata'],
		['ru', 'Женева', 'Europe/Zurich'],
		['ru', 'Украина', 'Europe/Kyiv'],
		['ru', 'Germany', 'Europe/Berlin'],
		['ru', 'Asia/Tokyo', 'Asia/Tokyo'],
		// Cities only CLDR names in Russian: Intl has no list of them.
		['ru', 'Киев', 'Europe/Kyiv'],
		['ru', 'Ванкувер', 'America/Vancouver'],
		['ru', 'Тегеран', 'Asia/Tehran'],
		['ru', 'Рейкьявик', 'Atlantic/Reykjavik'],
		// CLDR's name of a zone the site's reference table names otherwise («Пекин»).
		['ru', 'Шанхай', 'Asia/Shanghai'],
		['ru', 'Пекин', 'Asia/Shanghai'],
	] as const)('on a %s page finds "%s" as %s', (locale, query, zone) => {
		const found = findZone(query, entries[locale]);
		expect(found && canonical(found)).toBe(canonical(zone));
	});

	it.each(['', '   ', 'Atlantis', '<script>'])('finds nothing for "%s"', (query) => {
		expect(findZone(query, entries.en)).toBeUndefined();
	});
});

describe('zoneEntries', () => {
	it('lists every zone the platform supports, once', () => {
		expect(entries.ru.map((entry) => entry.id)).toEqual(zones);
	});

	it.each([
		['en', 'Asia/Tokyo', 'Tokyo · Japan · Japan Standard Time'],
		['ru', 'Asia/Tokyo', 'Токио · Япония · Япония, стандартное время'],
		['ru', 'Europe/Moscow', 'Москва · Россия · Москва, стандартное время'],
		// Germany's Büsingen keeps Zurich's clock, and is found as Europe/Busingen.
		['en', 'Europe/Zurich', 'Geneva · Switzerland, Liechtenstein · Central European Time'],
		['en', 'Europe/Busingen', 'Busingen · Germany · Central European Time'],
		// Countries that keep the zone's clock throughout stay with it.
		[
			'en',
			'Africa/Lagos',
			'Lagos · Angola, Benin, Central African Republic, Congo - Brazzaville, Cameroon, Gabon, Equatorial Guinea, Niger, Nigeria · West Africa Time',
		],
		// tz lists Crimea under both countries; so does the picker.
		['en', 'Europe/Simferopol', 'Simferopol · Russia, Ukraine · Moscow Standard Time'],
	] as const)('names %2$s on a %1$s page "%3$s"', (locale, zone, label) => {
		expect(entries[locale].find((entry) => entry.id === zone)?.label).toBe(label);
	});

	it('names far more cities in Russian with CLDR than Intl and the reference table did', () => {
		// An entry without a name in Russian is matched by its English city (from the zone's id).
		const named = (list: typeof intlOnly) =>
			list.filter((entry) => /[а-яё]/.test(entry.city)).length;
		expect(named(intlOnly)).toBeLessThan(zones.length / 2);
		expect(named(entries.ru)).toBeGreaterThan(zones.length * 0.95);
		expect(
			entries.ru.find((entry) => canonical(entry.id) === canonical('Europe/Kyiv'))?.label,
		).toMatch(/^Киев · Украина · /);
	});

	it('writes no Latin letters in the Russian labels', () => {
		const latin = entries.ru.filter((entry) => /[A-Za-z]/.test(entry.label));
		expect(latin.map((entry) => `${entry.id}: ${entry.label}`)).toEqual([]);
	});
});

describe('the Russian city file', () => {
	it('follows the zone table it was written for, one name per zone', () => {
		expect(russianCities.table).toBe(zonesKey(table));
		expect(russianCities.names.split(';')).toHaveLength(tableZones(table).length);
	});

	it('is read as names by zone', () => {
		const cities = readZoneCities(table, russianCities);
		expect(cities['Europe/Zurich']).toBe('Цюрих');
		expect(cities['America/New_York']).toBe('Нью-Йорк');
		expect(Object.values(cities).every((name) => /^[^A-Za-z;]+$/.test(name))).toBe(true);
	});

	it('is not used with another table, nor when its list is of another length', () => {
		const reordered = { ...table, countries: table.countries.split(';').toReversed().join(';') };
		expect(readZoneCities(reordered, russianCities)).toEqual({});
		expect(readZoneCities({ ...table, version: '1999a' }, russianCities)).toEqual({});
		const shifted = { ...russianCities, names: `Атлантида;${russianCities.names}` };
		expect(readZoneCities(table, shifted)).toEqual({});
	});
});

describe('tableZones', () => {
	it('lists each zone once, in the order the countries list them', () => {
		const small: ZoneTable = {
			version: 'x',
			countries: 'CH:Europe/Zurich;DE:Europe/Berlin,Europe/Zurich;LI:Europe/Zurich',
			links: '',
		};
		expect(tableZones(small)).toEqual(['Europe/Zurich', 'Europe/Berlin']);
		expect(tableZones({ ...small, countries: '' })).toEqual([]);
	});
});

describe('Russian city names', () => {
	it('give no name to two zones, unless one is only a new name of the other', () => {
		const byName = new Map<string, string[]>();
		for (const [zone, name] of Object.entries(cldr))
			byName.set(name, [...(byName.get(name) ?? []), zone]);
		const shared = [...byName].filter(
			([, sharing]) => new Set(sharing.map((zone) => canonical(zone))).size > 1,
		);
		expect(shared).toEqual([]);
	});

	it.each([
		// Merged into another city's zone by IANA, named for their own city by CLDR.
		['Africa/Asmara', 'Асмэра'],
		['America/Atikokan', 'Корал-Харбор'],
		['Pacific/Chuuk', 'Трук'],
		['Pacific/Pohnpei', 'Понпеи'],
		// Named in CLDR under an old name two IANA links away.
		['America/Indiana/Indianapolis', 'Индианаполис'],
		['Europe/Kyiv', 'Киев'],
	])('name %s «%s», whichever name the browser lists', (zone, city) => {
		expect(cldr[zone]).toBe(city);
		for (const list of [ianaRu, entries.ru]) {
			const entry = list.find((candidate) => canonical(candidate.id) === canonical(zone));
			expect(entry?.label.split(' · ')[0]).toBe(city);
		}
	});
});

describe('pickerCityNames', () => {
	const reference = { 'Asia/Shanghai': 'Пекин' };

	it('shows the page’s reference names over CLDR’s, and still finds CLDR’s', () => {
		const names = pickerCityNames(table, russianCities, reference);
		expect(names.shown?.['Asia/Shanghai']).toBe('Пекин');
		expect(names.shown?.['Europe/Zurich']).toBe('Цюрих');
		expect(names.alsoFound?.['Asia/Shanghai']).toBe('Шанхай');
	});

	it('keeps only the reference names without a list, or with another table’s', () => {
		const expected = { shown: reference, alsoFound: {} };
		expect(pickerCityNames(table, undefined, reference)).toEqual(expected);
		expect(pickerCityNames({ ...table, version: '1999a' }, russianCities, reference)).toEqual(
			expected,
		);
	});
});
