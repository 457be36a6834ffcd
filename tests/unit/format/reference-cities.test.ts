import { describe, expect, it } from 'vitest';

import { referenceRows } from '../../../src/lib/format/reference-cities.ts';

// The 7th U4SSC meeting: 09:30–16:00 in Geneva on 20 June 2023 (CEST, UTC+2), 07:30–14:00 UTC.
const u4ssc = { start: '2023-06-20T09:30', end: '2023-06-20T16:00', timeZone: 'Europe/Zurich' };

describe('referenceRows', () => {
	it('lists the cities from the date line westwards, by their offset at the start', () => {
		const rows = referenceRows(u4ssc, 'en');
		expect(rows.map((row) => row.city).at(0)).toBe('Los Angeles');
		expect(rows.map((row) => row.city).at(-1)).toBe('Auckland');
		expect(rows).toHaveLength(14);
	});

	it.each([
		// Worked out by hand from 07:30–14:00 UTC.
		['Los Angeles', 'PDT, UTC\u22127', '00:30', '07:00', '', '', 'at night'],
		['Tokyo', 'UTC+9', '16:30', '23:00', '', '', 'afternoon to late evening'],
		['Auckland', 'NZST, UTC+12', '19:30', '02:00', '', '+1 day', 'at night'],
	])(
		'prints %s as the table does: %s, %s–%s',
		(city, zoneLabel, start, end, startMarker, endMarker, words) => {
			const row = referenceRows(u4ssc, 'en').find((row) => row.city === city)!;
			expect(row).toMatchObject({ zoneLabel, start, end, startMarker, endMarker });
			// Typeset: a no-break space after a short word.
			expect(row.words?.replaceAll('\u00a0', ' ')).toBe(words);
			// The bar's blocks in minutes after local midnight: two when it runs past midnight.
			expect(row.bar.length).toBe(endMarker ? 2 : 1);
		},
	);

	it('gives Russian readers the offset alone and the Russian words', () => {
		const auckland = referenceRows(u4ssc, 'ru').find((row) => row.zone === 'Pacific/Auckland')!;
		expect(auckland).toMatchObject({ city: 'Окленд', zoneLabel: 'UTC+12', words: 'ночью' });
		expect(auckland.start).toBe('19:30');
		expect(auckland.endMarker).toMatch(/^\+1\s*(день|дн)/);
	});
});
