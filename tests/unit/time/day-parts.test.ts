import { describe, expect, it } from 'vitest';

import { dayPartWords } from '../../../src/lib/format/reference-cities.ts';
import {
	barBlocks,
	dayPartPhrase,
	describeWindow,
	readWords,
	wordsAttribute,
} from '../../../src/lib/time/day-parts.ts';
import type { WallClock } from '../../../src/lib/time/zone-time.ts';

/** A wall clock on day `day` of March 2024 at hh:mm. */
const at = (day: number, time: string): WallClock => {
	const [hour, minute] = time.split(':').map(Number) as [number, number];
	return { year: 2024, month: 3, day, hour, minute, offset: 0 };
};

const words = { en: dayPartWords('en'), ru: dayPartWords('ru') };

describe('the parts of the day a window covers', () => {
	// Worked out by hand from the parts: night 00–06, early morning 06–08, morning 08–12,
	// afternoon 12–18, evening 18–22, late evening 22–24; "at night" when most of it is 22–06.
	it.each([
		['09:00–17:00', 'during working hours', 'в рабочее время', at(12, '09:00'), at(12, '17:00')],
		['08:00–18:00', 'during working hours', 'в рабочее время', at(12, '08:00'), at(12, '18:00')],
		[
			'16:30–23:00',
			'afternoon to late evening',
			'днём и поздно вечером',
			at(12, '16:30'),
			at(12, '23:00'),
		],
		['13:00–19:30', 'afternoon to evening', 'днём и вечером', at(12, '13:00'), at(12, '19:30')],
		['18:30–21:30', 'in the evening', 'вечером', at(12, '18:30'), at(12, '21:30')],
		// Evening running into late evening is one evening, early morning into morning one morning.
		['18:30–23:30', 'in the evening', 'вечером', at(12, '18:30'), at(12, '23:30')],
		['06:30–09:00', 'in the morning', 'утром', at(12, '06:30'), at(12, '09:00')],
		['06:00–07:30', 'early in the morning', 'рано утром', at(12, '06:00'), at(12, '07:30')],
		['07:00–12:00', 'in the morning', 'утром', at(12, '07:00'), at(12, '12:00')],
		[
			'07:30–14:00',
			'early morning to afternoon',
			'рано утром и днём',
			at(12, '07:30'),
			at(12, '14:00'),
		],
		// 03:30–10:00: 2½ of 6½ hours at night, not most of it.
		['03:30–10:00', 'night to morning', 'ночью и утром', at(12, '03:30'), at(12, '10:00')],
		// 00:30–07:00: 5½ of 6½ hours at night.
		['00:30–07:00', 'at night', 'ночью', at(12, '00:30'), at(12, '07:00')],
		// 19:30–02:00 the next day: 4 of 6½ hours between 22:00 and 06:00.
		['19:30–02:00 +1 day', 'at night', 'ночью', at(12, '19:30'), at(13, '02:00')],
		// Exactly half at night is not most: 20:00–00:00.
		['20:00–00:00 +1 day', 'in the evening', 'вечером', at(12, '20:00'), at(13, '00:00')],
		['22:00–23:00', 'at night', 'ночью', at(12, '22:00'), at(12, '23:00')],
		['12:00–12:30', 'during working hours', 'в рабочее время', at(12, '12:00'), at(12, '12:30')],
		['17:30–18:30', 'afternoon to evening', 'днём и вечером', at(12, '17:30'), at(12, '18:30')],
	])('calls %s "%s" / «%s»', (_, en, ru, start, end) => {
		const text = describeWindow(start, end)!;
		// The words are typeset (a no-break space after «в»); read here as the eye reads them.
		const read = (phrase: string) => phrase.replace(/\u00a0/g, ' ');
		expect(read(dayPartPhrase(text, words.en))).toBe(en);
		expect(read(dayPartPhrase(text, words.ru))).toBe(ru);
	});

	it('has no words for a window of a day or more, which no part of a day describes', () => {
		expect(describeWindow(at(12, '09:00'), at(13, '09:00'))).toBeUndefined();
		expect(describeWindow(at(12, '09:00'), at(13, '17:30'))).toBeUndefined();
	});
});

describe('the 24-hour bar', () => {
	it.each([
		['16:30–23:00', at(12, '16:30'), at(12, '23:00'), [[990, 1380]]],
		['00:00–06:30', at(12, '00:00'), at(12, '06:30'), [[0, 390]]],
		[
			'18:00–00:00 +1 day, up to the end of the bar',
			at(12, '18:00'),
			at(13, '00:00'),
			[[1080, 1440]],
		],
		// Past midnight the block goes on at the bar's start.
		[
			'19:30–02:00 +1 day',
			at(12, '19:30'),
			at(13, '02:00'),
			[
				[1170, 1440],
				[0, 120],
			],
		],
		[
			'20:30 the day before – 03:00',
			at(11, '20:30'),
			at(12, '03:00'),
			[
				[1230, 1440],
				[0, 180],
			],
		],
		['a day or more', at(12, '09:00'), at(13, '17:30'), []],
	])('draws %s', (_, start, end, blocks) => {
		expect(barBlocks(start, end)).toEqual(blocks);
	});
});

describe('the words in the browser', () => {
	it.each(['en', 'ru'] as const)(
		'travel in one attribute and come back the same (%s)',
		(locale) => {
			expect(readWords(wordsAttribute(words[locale]))).toEqual(words[locale]);
		},
	);
});
