import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { cityNames } from '../../../src/lib/format/reference-cities.ts';
import {
	cityName,
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
const russianCities = readJson(zoneCitiesPath('ru')) as ZoneCities;
const englishCities = readJson(zoneCitiesPath('en')) as ZoneCities;
const zones = Intl.supportedValuesOf('timeZone');
/** A meeting on 20 June 2023, 07:30–14:00 UTC, and one on 16–17 January 2024. */
const june = [Date.UTC(2023, 5, 20, 7, 30), Date.UTC(2023, 5, 20, 14)] as const;
const january = [Date.UTC(2024, 0, 16, 14), Date.UTC(2024, 0, 17, 22, 30)] as const;
/** Every table zone's Russian city as the pages name it: CLDR's list, else Intl's (cityName). */
const cldr = Object.fromEntries(
	tableZones(table).map((zone) => [
		zone,
		cityName(zone, 'ru-RU', pickerCityNames(table, russianCities)),
	]),
);
const ruCities = pickerCityNames(table, russianCities);
const entries = {
	en: zoneEntries(zones, table, 'en-GB', pickerCityNames(table, englishCities), june[0]),
	ru: zoneEntries(zones, table, 'ru-RU', ruCities, june[0]),
};
/** Russian labels from Intl and the reference cities alone, as before the CLDR names. */
const intlOnly = zoneEntries(
	zones,
	table,
	'ru-RU',
	{ shown: cityNames('ru'), alsoFound: {} },
	june[0],
);
/** As Firefox and Safari list zones: IANA's current names (Europe/Kyiv, Pacific/Chuuk). */
const ianaRu = zoneEntries(tableZones(table), table, 'ru-RU', ruCities, june[0]);
/** Zones are compared by what Intl calls them: Node lists Asia/Calcutta, not Asia/Kolkata. */
const canonical = (zone: string) =>
	new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
const label = (locale: 'en' | 'ru', zone: string) =>
	entries[locale].find((entry) => canonical(entry.id) === canonical(zone))?.label;
/** What a query found, with zones as Intl names them. */
const found = (locale: 'en' | 'ru', query: string, instants: readonly [number, number] = june) => {
	const match = findZone(query, entries[locale], instants);
	if (!match) return match;
	if ('zone' in match) return { zone: canonical(match.zone) };
	if ('choices' in match) return { choices: match.choices.map(canonical).toSorted() };
	return match;
};
const sorted = (...zones: string[]) => zones.map(canonical).toSorted();

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
		expect(found(locale, query)).toEqual({ zone: canonical(zone) });
	});

	it.each(['', '   ', 'Atlantis', '<script>', 'akhstan', 'ondon'])(
		'finds nothing for "%s"',
		(query) => {
			expect(findZone(query, entries.en, june)).toBeUndefined();
		},
	);
});

describe('findZone by zone id', () => {
	it.each([
		['en', 'europe/kyiv', 'Europe/Kyiv'],
		['en', 'EUROPE/KIEV', 'Europe/Kyiv'],
		['ru', 'america/argentina/buenos_aires', 'America/Argentina/Buenos_Aires'],
		['ru', 'asia/kolkata', 'Asia/Kolkata'],
		['en', 'utc', 'UTC'],
	] as const)('on a %s page takes "%s" in any case', (locale, query, zone) => {
		expect(found(locale, query)).toEqual({ zone: canonical(zone) });
	});
});

describe('findZone by a word', () => {
	it('matches at the start of a word, never inside one', () => {
		expect(found('en', 'york')).toEqual({ zone: canonical('America/New_York') });
		expect(found('en', 'aulo')).toBeUndefined();
		expect(found('ru', 'йорк')).toEqual({ zone: canonical('America/New_York') });
	});

	it('finds "Pacific" as Pacific Time, to choose a country, and never as Mexican Pacific Time', () => {
		expect(found('en', 'Pacific')).toEqual({
			choices: sorted('America/Los_Angeles', 'America/Tijuana', 'America/Vancouver'),
		});
	});

	it('offers the zones a beginning fits equally', () => {
		expect(found('en', 'sao')).toEqual({ choices: sorted('America/Sao_Paulo', 'Africa/Sao_Tome') });
	});
});

describe('findZone by an abbreviation on the meeting’s dates', () => {
	it.each([
		['en', 'JST', june, 'Asia/Tokyo'],
		['ru', 'msk', june, 'Europe/Moscow'],
		['en', 'BST', june, 'Europe/London'],
		['en', 'gmt', january, 'UTC'],
		['ru', 'AEDT', january, 'Australia/Sydney'],
		['en', 'NZST', june, 'Pacific/Auckland'],
	] as const)('on a %s page takes "%s" as %s', (locale, query, instants, zone) => {
		expect(found(locale, query, instants)).toEqual({ zone: canonical(zone) });
	});

	it.each([
		// India and Sri Lanka, and Ireland's summer time; not Istanbul.
		['IST', june, ['Asia/Kolkata', 'Asia/Colombo', 'Europe/Dublin']],
		// In winter Israel's standard time instead of Ireland's.
		['ist', january, ['Asia/Kolkata', 'Asia/Colombo', 'Asia/Jerusalem']],
		// In June EST is only where clocks stay on it all year: not New York, not Tallinn.
		['EST', june, ['America/Jamaica', 'America/Panama']],
		// China and Taiwan, and Central America's standard time; Chicago is on CDT in June.
		[
			'CST',
			june,
			[
				'America/Belize',
				'America/Costa_Rica',
				'America/El_Salvador',
				'America/Guatemala',
				'America/Managua',
				'America/Mexico_City',
				'America/Tegucigalpa',
				'Asia/Shanghai',
				'Asia/Taipei',
			],
		],
		['PDT', june, ['America/Los_Angeles', 'America/Tijuana', 'America/Vancouver']],
	] as const)('asks which zone "%s" means', (query, instants, zones) => {
		expect(found('en', query, instants)).toEqual({ choices: sorted(...zones) });
		expect(found('ru', query, instants)).toEqual({ choices: sorted(...zones) });
	});

	it('finds no zone by an abbreviation not in use on the meeting’s dates', () => {
		expect(findZone('EDT', entries.en, january)).toBeUndefined();
		expect(findZone('cest', entries.ru, january)).toBeUndefined();
	});

	it('offers the zones in order of their offsets', () => {
		const match = findZone('IST', entries.en, june);
		expect(match && 'choices' in match && match.choices.map(canonical)).toEqual(
			['Europe/Dublin', 'Asia/Colombo', 'Asia/Kolkata'].map(canonical),
		);
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
		['en', 'America/Sao_Paulo', 'São Paulo · Brazil · Brasilia Standard Time'],
		['en', 'Europe/Kyiv', 'Kyiv · Ukraine · Eastern European Time'],
		// Their zones' long names name other places: Moscow, Krasnoyarsk, India.
		['en', 'Europe/Minsk', 'Minsk · Belarus'],
		['ru', 'Europe/Minsk', 'Минск · Беларусь'],
		['en', 'Asia/Novosibirsk', 'Novosibirsk · Russia'],
		['ru', 'Asia/Novosibirsk', 'Новосибирск · Россия'],
		['en', 'Asia/Colombo', 'Colombo · Sri Lanka'],
		// Germany's Büsingen keeps Zurich's clock, and is found as Europe/Busingen.
		['en', 'Europe/Zurich', 'Geneva · Switzerland, Liechtenstein · Central European Time'],
		['en', 'Europe/Busingen', 'Büsingen · Germany · Central European Time'],
		// Countries that keep the zone's clock throughout stay with it, after the zone's own.
		[
			'en',
			'Africa/Lagos',
			'Lagos · Nigeria, Angola, Benin, Central African Republic, Congo - Brazzaville, Cameroon, Gabon, Equatorial Guinea, Niger · West Africa Time',
		],
		// tz lists Crimea under both countries; so does the picker. Its zone's long name names Moscow.
		['en', 'Europe/Simferopol', 'Simferopol · Russia, Ukraine'],
	] as const)('on a %s page names %s "%s"', (locale, zone, expected) => {
		expect(label(locale, zone)).toBe(expected);
	});

	it('names every city in Russian, with CLDR’s names where Intl gives the country instead', () => {
		expect(entries.ru.filter((entry) => !/^[^A-Za-z]+$/.test(entry.city ?? ''))).toEqual([]);
		const city = (list: typeof intlOnly, zone: string) =>
			list.find((entry) => canonical(entry.id) === canonical(zone))?.city;
		expect(city(intlOnly, 'Asia/Seoul')).not.toBe('Сеул'); // the country
		expect(city(entries.ru, 'Asia/Seoul')).toBe('Сеул');
		expect(city(entries.ru, 'Europe/Andorra')).toBe('Андорра');
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
		expect(cities['Europe/Berlin']).toBe('Берлин');
		expect(cities['Asia/Tokyo']).toBe('Токио'); // Intl calls it «Япония»
		// Left to Intl, whose name of the place is the country's, the same as the city's.
		expect(cities['Europe/Andorra']).toBeUndefined();
		expect(cldr['Europe/Andorra']).toBe('Андорра');
		expect(cities['Asia/Novosibirsk']).toBe('Новосибирск');
		expect(Object.values(cities).every((name) => /^[^A-Za-z;]+$/.test(name))).toBe(true);
		expect(Object.values(cldr).filter((name) => !name || /[A-Za-z]/.test(name))).toEqual([]);
	});

	it('is not used with another table, nor when its list is of another length', () => {
		const [first, second, ...rest] = table.zones.split(';');
		const reordered = { ...table, zones: [second, first, ...rest].join(';') };
		expect(readZoneCities(reordered, russianCities)).toEqual({});
		expect(readZoneCities({ ...table, version: '1999a' }, russianCities)).toEqual({});
		const shifted = { ...russianCities, names: `Атлантида;${russianCities.names}` };
		expect(readZoneCities(table, shifted)).toEqual({});
	});
});

describe('the English city file', () => {
	it('names only the cities that are not the zone’s own name', () => {
		const cities = readZoneCities(table, englishCities);
		expect(englishCities.table).toBe(zonesKey(table));
		expect(cities['America/Sao_Paulo']).toBe('São Paulo');
		expect(cities['America/Bogota']).toBe('Bogotá');
		expect(cities['Europe/Kyiv']).toBeUndefined(); // IANA's name is CLDR's: Kyiv
		expect(cities['America/New_York']).toBeUndefined();
		expect(cityName('America/New_York', 'en-GB', { shown: cities, alsoFound: {} })).toBe(
			'New York',
		);
		// Other languages take Intl's name of the place where the list has none, never a Latin one.
		expect(cityName('Europe/Andorra', 'ru-RU', { shown: {}, alsoFound: {} })).toBe('Андорра');
	});
});

describe('the zone table', () => {
	it('lists each zone once, in order, its area left out after the first of the area', () => {
		const small: ZoneTable = {
			version: 'x',
			zones: 'Europe/Berlin:De;/Busingen:DE;/Zurich:chDEli',
		};
		expect(tableZones(small)).toEqual(['Europe/Berlin', 'Europe/Busingen', 'Europe/Zurich']);
		expect(tableZones({ ...small, zones: '' })).toEqual([]);
	});

	it('gives each zone its countries, the main zone of a country first in a search for it', () => {
		const small: ZoneTable = {
			version: 'x',
			zones: 'Europe/Berlin:de;/Busingen:DE;/Zurich:chDEli',
		};
		const found = zoneEntries(['Europe/Berlin', 'Europe/Busingen', 'Europe/Zurich'], small, 'en');
		expect(found.map((entry) => entry.country)).toEqual([
			'Germany',
			'Germany',
			'Switzerland, Germany, Liechtenstein',
		]);
		expect(findZone('Germany', found, june)).toEqual({ zone: 'Europe/Berlin' });
		expect(findZone('Liechtenstein', found, june)).toEqual({ zone: 'Europe/Zurich' });
	});
});

describe('Russian city names', () => {
	it('give no name to two zones, unless one is only a new name of the other', () => {
		const byName = new Map<string, string[]>();
		for (const [zone, name = ''] of Object.entries(cldr))
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
	it('shows the site’s reference cities, which `npm run zones` wrote in, and still finds CLDR’s', () => {
		for (const [file, locale] of [
			[russianCities, 'ru'],
			[englishCities, 'en'],
		] as const) {
			const names = pickerCityNames(table, file);
			for (const [zone, city] of Object.entries(cityNames(locale))) {
				expect(cityName(zone, locale, names), zone).toBe(city);
			}
		}
		const names = pickerCityNames(table, russianCities);
		expect(names.shown['Asia/Shanghai']).toBe('Пекин');
		expect(names.alsoFound['Asia/Shanghai']).toBe('Шанхай');
		expect(names.shown['Europe/Zurich']).toBe('Женева');
		expect(names.alsoFound['Europe/Zurich']).toBe('Цюрих');
	});

	it('has no names without a list, or with another table’s', () => {
		const none = { shown: {}, alsoFound: {} };
		expect(pickerCityNames(table, undefined)).toEqual(none);
		expect(pickerCityNames({ ...table, version: '1999a' }, russianCities)).toEqual(none);
	});
});
