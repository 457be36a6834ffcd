import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';

import {
	formatDate,
	formatDateRange,
	formatLongDate,
	formatMeetingDate,
	formatMeetingTime,
	formatOffset,
	formatTimeRange,
	formatWindowZone,
	isSameDay,
	meetingWindow,
	timeRangeParts,
} from '../../../src/lib/format/meeting-time.ts';

/** Expected text with "~" for each no-break space typography puts in. */
const nb = (text: string) => text.replace(/~/g, '\u00a0');

const u4ssc = meetingWindow({
	start: '2023-06-20T09:30',
	end: '2023-06-20T16:00',
	timeZone: 'Europe/Zurich',
});

describe('meetingWindow', () => {
	it('reads the 7th U4SSC meeting as 07:30–14:00 UTC (Geneva is two hours ahead in June)', () => {
		// Worked out by hand: CEST = UTC+2 from 26 March to 29 October 2023.
		expect(u4ssc.start.toUTC().toISO()).toBe('2023-06-20T07:30:00.000Z');
		expect(u4ssc.end.toUTC().toISO()).toBe('2023-06-20T14:00:00.000Z');
		expect(u4ssc.start.toMillis()).toBe(Date.UTC(2023, 5, 20, 7, 30));
	});

	it.each([
		// [zone, local start, UTC instant worked out from the zone's rules]
		['Europe/Zurich', '2023-01-20T09:30', '2023-01-20T08:30:00.000Z'], // CET, UTC+1 in winter
		['America/St_Johns', '2023-07-01T09:00', '2023-07-01T11:30:00.000Z'], // NDT, UTC−2:30
		['Asia/Kathmandu', '2023-06-20T09:30', '2023-06-20T03:45:00.000Z'], // UTC+5:45
		['Pacific/Kiritimati', '2023-06-20T09:30', '2023-06-19T19:30:00.000Z'], // UTC+14
		['Pacific/Pago_Pago', '2023-06-20T09:30', '2023-06-20T20:30:00.000Z'], // UTC−11
	])('places %s %s at %s', (timeZone, start, utc) => {
		const window = meetingWindow({ start, end: start.replace(/T\d\d/, 'T23'), timeZone });
		expect(window.start.toUTC().toISO()).toBe(utc);
	});

	it('works a schedule out once, and again after it changes in place', () => {
		const schedule = { start: '2023-06-20T09:30', end: '2023-06-20T16:00', timeZone: 'UTC' };
		const first = meetingWindow(schedule);
		expect(meetingWindow(schedule)).toBe(first);
		schedule.timeZone = 'Asia/Tokyo';
		expect(meetingWindow(schedule).start.toUTC().toISO()).toBe('2023-06-20T00:30:00.000Z');
		schedule.start = '2023-06-20T10:30';
		expect(meetingWindow(schedule).start.toUTC().toISO()).toBe('2023-06-20T01:30:00.000Z');
	});
});

describe('isSameDay', () => {
	it.each([
		['Europe/Zurich', true], // 09:30–16:00
		['UTC', true], // 07:30–14:00
		['Asia/Tokyo', true], // 16:30–23:00
		['Pacific/Auckland', false], // 19:30 on the 20th – 02:00 on the 21st
		['America/Los_Angeles', true], // 00:30–07:00
		['Pacific/Pago_Pago', false], // 20:30 on the 19th – 03:00 on the 20th
	])('says whether the U4SSC window is one date in %s: %s', (zone, expected) => {
		expect(isSameDay(u4ssc, zone)).toBe(expected);
	});

	it('tells two dates apart where the clocks go back over midnight (Havana, 5 November 2023)', () => {
		// At 01:00 CDT the clocks went back to 00:00 CST: 00:30 CDT on the 5th is a later date than
		// 01:30 CDT on the 4th, though less than 24 hours later. Luxon's hasSame said "same day".
		// 00:30 on the 5th happens twice there; the first time is meant, so offsets are given.
		const at = (iso: string) => DateTime.fromISO(iso, { setZone: true }).setZone('America/Havana');
		const window = { start: at('2023-11-04T01:30-04:00'), end: at('2023-11-05T00:30-04:00') };
		expect(window.end.hour).toBe(0);
		expect(window.end.toUTC().toISO()).toBe('2023-11-05T04:30:00.000Z');
		expect(isSameDay(window)).toBe(false);
	});

	it('answers no for a zone Luxon does not know, rather than comparing two invalid dates', () => {
		expect(isSameDay(u4ssc, 'Not/A_Zone')).toBe(false);
	});
});

describe('formatting the 7th U4SSC meeting', () => {
	it.each([
		['en', 'Tuesday, 20~June 2023', '20~June 2023'],
		['ru', 'Вторник, 20~июня 2023~г.', '20~июня 2023~г.'],
	] as const)(
		'writes the date in %s as "%s", the day kept with its month',
		(locale, long, short) => {
			expect(formatLongDate(u4ssc.start, locale)).toBe(nb(long));
			expect(formatDate(u4ssc.start, locale)).toBe(nb(short));
			expect(formatDateRange(u4ssc, locale)).toBe(nb(short));
			// As a line of its own (the hero, the share image), a day of one's own has its weekday.
			expect(formatMeetingDate(u4ssc, locale)).toBe(nb(long));
		},
	);

	it('starts the date with the weekday as a line of its own does, with a capital', () => {
		expect(formatLongDate(u4ssc.start, 'ru')).toMatch(/^Вторник, /);
	});

	it.each(['en', 'ru'] as const)('writes the window in %s with 24-hour times', (locale) => {
		expect(formatTimeRange(u4ssc, locale)).toBe('09:30–16:00');
		expect(formatTimeRange(u4ssc, locale, 'UTC')).toBe('07:30–14:00');
	});

	it('labels the zone "CEST, UTC+2", derived from Europe/Zurich', () => {
		expect(formatWindowZone(u4ssc, 'en')).toBe('CEST, UTC+2');
		expect(formatWindowZone(u4ssc, 'ru')).toBe('CEST, UTC+2');
	});

	it.each([
		['en', 'Geneva', '09:30–16:00 Geneva time (CEST, UTC+2)'],
		['ru', 'Женева', '09:30–16:00 (Женева, CEST, UTC+2)'],
	] as const)('writes the time in its own zone in %s as "%s"', (locale, place, expected) => {
		expect(formatMeetingTime(u4ssc, locale, place)).toBe(expected);
	});

	it('splits the range so each end can carry its own <time datetime>', () => {
		expect(timeRangeParts(u4ssc, 'ru')).toEqual([
			{ text: '09:30', instant: 'start' },
			{ text: '–' },
			{ text: '16:00', instant: 'end' },
		]);
	});
});

describe('zone labels', () => {
	it.each([
		['2023-01-20T09:30', 'Europe/Zurich', 'UTC+1'],
		['2023-07-01T09:00', 'Europe/London', 'UTC+1'],
		['2023-01-10T09:00', 'Europe/London', 'UTC+0'],
		['2023-07-01T09:00', 'America/New_York', 'UTC\u22124'],
		['2023-07-01T09:00', 'America/St_Johns', 'UTC\u22122:30'],
		['2023-07-01T09:00', 'Europe/Moscow', 'UTC+3'],
		['2023-07-01T09:00', 'Australia/Sydney', 'UTC+10'],
		['2023-07-01T09:00', 'Asia/Kolkata', 'UTC+5:30'],
		['2023-07-01T09:00', 'Asia/Kathmandu', 'UTC+5:45'],
		['2023-07-01T09:00', 'UTC', 'UTC+0'],
	])('writes the offset at %s in %s as %s', (iso, timeZone, offset) => {
		// The abbreviations ("CEST") are tested with zone-abbreviation.ts, in tests/unit/time.
		const window = meetingWindow({ start: iso, end: iso.replace(/T\d\d/, 'T23'), timeZone });
		expect(formatOffset(window.start)).toBe(offset);
	});

	it('names both offsets, each in force at its end, when the clocks change during the meeting', () => {
		// Zurich went back from CEST to CET at 03:00 on 29 October 2023.
		const night = meetingWindow({
			start: '2023-10-28T22:00',
			end: '2023-10-29T06:00',
			timeZone: 'Europe/Zurich',
		});
		expect(formatWindowZone(night, 'en')).toBe('CEST, UTC+2, then CET, UTC+1');
		expect(formatWindowZone(night, 'ru')).toBe('CEST, UTC+2, затем CET, UTC+1');
		expect(formatWindowZone(night, 'ru', { timeZone: 'Europe/London', abbreviate: false })).toBe(
			'UTC+1, затем UTC+0',
		);
		expect(formatWindowZone(night, 'en', { timeZone: 'Asia/Tokyo' })).toBe('UTC+9');
		expect(formatMeetingTime(night, 'en', 'Geneva')).toBe(
			nb(
				'28~October at~22:00\u2009–\u200929~October at~06:00 Geneva time (CEST, UTC+2, then CET, UTC+1)',
			),
		);
	});
});

describe('windows over several days', () => {
	const twoDays = meetingWindow({
		start: '2024-03-04T09:00',
		end: '2024-03-05T17:30',
		timeZone: 'America/Sao_Paulo',
	});

	it('writes the date range in both languages', () => {
		// ICU sets the English range dash between thin spaces.
		expect(formatDateRange(twoDays, 'en')).toBe(nb('4\u2009–\u20095~March 2024'));
		// …and ties the Russian year to its «г.» with a narrow no-break space.
		expect(formatDateRange(twoDays, 'ru')).toBe(nb('4–5~марта 2024\u202fг.'));
		// As a line of its own, the range: no weekday for two days.
		expect(formatMeetingDate(twoDays, 'en')).toBe(formatDateRange(twoDays, 'en'));
	});

	it('writes the days with the times when the window spans midnight', () => {
		expect(formatTimeRange(twoDays, 'en')).toBe(
			nb('4~March at~09:00\u2009–\u20095~March at~17:30'),
		);
		// A range, so an en dash between thin spaces in Russian too, not the em dash of a sentence.
		expect(formatTimeRange(u4ssc, 'ru', 'Pacific/Auckland')).toBe(
			nb('20~июня в~19:30\u2009–\u200921~июня в~02:00'),
		);
	});
});

describe('the UTC line', () => {
	it('gives the UTC date when it differs from the meeting’s own date', () => {
		// 08:00–09:30 in Sydney on 10 July (AEST, UTC+10) is 22:00–23:30 UTC on 9 July.
		const sydney = meetingWindow({
			start: '2024-07-10T08:00',
			end: '2024-07-10T09:30',
			timeZone: 'Australia/Sydney',
		});
		expect(formatTimeRange(sydney, 'en')).toBe('08:00–09:30');
		expect(formatTimeRange(sydney, 'en', 'UTC')).toBe(nb('9~July, 22:00–23:30'));
		expect(formatTimeRange(sydney, 'ru', 'UTC')).toBe(nb('9~июля, 22:00–23:30'));
	});

	it('keeps to the times when UTC has the same date', () => {
		expect(formatTimeRange(u4ssc, 'en', 'UTC')).toBe('07:30–14:00');
	});

	it('decides for each meeting, even for another meeting at the same instants', () => {
		// 18:00–19:30 in New York on 9 July (EDT) and 08:00–09:30 in Sydney on 10 July are the same
		// instants: 22:00–23:30 UTC on 9 July, the New York meeting's own date but not Sydney's.
		const newYork = meetingWindow({
			start: '2024-07-09T18:00',
			end: '2024-07-09T19:30',
			timeZone: 'America/New_York',
		});
		const sydney = meetingWindow({
			start: '2024-07-10T08:00',
			end: '2024-07-10T09:30',
			timeZone: 'Australia/Sydney',
		});
		expect(formatTimeRange(newYork, 'en', 'UTC')).toBe('22:00–23:30');
		expect(formatTimeRange(sydney, 'en', 'UTC')).toBe(nb('9~July, 22:00–23:30'));
	});
});
