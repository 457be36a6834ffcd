import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { cityNames } from '../../src/lib/reference-cities.ts';
import {
	findZone,
	readZoneCities,
	tableZones,
	zoneCitiesPath,
	zoneEntries,
	type ZoneCities,
	type ZoneTable,
} from '../../src/lib/zone-search.ts';

const readJson = (path: string) =>
	JSON.parse(readFileSync(new URL(`../../public${path}`, import.meta.url), 'utf8')) as unknown;
const table = readJson('/data/zone-table.json') as ZoneTable;
const russianCities = readJson(zoneCitiesPath('ru')!) as ZoneCities;
const zones = Intl.supportedValuesOf('timeZone');
const now = Date.UTC(2023, 5, 20);
/** What the page's script merges: CLDR's names, then the page's own reference cities over them. */
const ruCities = { ...readZoneCities(table, russianCities), ...cityNames('ru') };
const entries = {
	en: zoneEntries(zones, table, 'en-GB', cityNames('en'), now),
	ru: zoneEntries(zones, table, 'ru-RU', ruCities, now),
};
/** Russian labels from Intl and the reference cities alone, as before the CLDR names. */
const intlOnly = zoneEntries(zones, table, 'ru-RU', cityNames('ru'), now);
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
		['en', 'Asia/Tokyo', 'Tokyo · Australia, Japan · Japan Standard Time'],
		['ru', 'Asia/Tokyo', 'Токио · Австралия, Япония · Япония, стандартное время'],
		['ru', 'Europe/Moscow', 'Москва · Россия · Москва, стандартное время'],
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
		expect(russianCities.table).toBe(table.version);
		expect(russianCities.names.split(';')).toHaveLength(tableZones(table).length);
	});

	it('is read as names by zone', () => {
		const cities = readZoneCities(table, russianCities);
		expect(cities['Europe/Zurich']).toBe('Цюрих');
		expect(cities['America/New_York']).toBe('Нью-Йорк');
		expect(Object.values(cities).every((name) => /^[^A-Za-z;]+$/.test(name))).toBe(true);
	});

	it('is not used with another table, nor when its list is of another length', () => {
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
