import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { cityNames } from '../../src/lib/reference-cities.ts';
import { findZone, zoneEntries, type ZoneTable } from '../../src/lib/zone-search.ts';

const table = JSON.parse(
	readFileSync(new URL('../../public/data/zone-table.json', import.meta.url), 'utf8'),
) as ZoneTable;
const zones = Intl.supportedValuesOf('timeZone');
const now = Date.UTC(2023, 5, 20);
const entries = {
	en: zoneEntries(zones, table, 'en-GB', cityNames('en'), now),
	ru: zoneEntries(zones, table, 'ru-RU', cityNames('ru'), now),
};
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

	it('writes no Latin letters in the Russian labels', () => {
		const latin = entries.ru.filter((entry) => /[A-Za-z]/.test(entry.label));
		expect(latin.map((entry) => `${entry.id}: ${entry.label}`)).toEqual([]);
	});
});
