import { describe, expect, it } from 'vitest';

import { localWindow } from '../../../src/lib/format/reference-cities.ts';
import { meetingWindow } from '../../../src/lib/format/meeting-time.ts';
import {
	dayMarker,
	hoursCue,
	knownZone,
	offsetLabel,
	wallClock,
	type WallClock,
} from '../../../src/lib/time/zone-time.ts';

/** "2023-06-20 09:30 +120": a wall clock as one readable string for table assertions. */
const show = (clock: WallClock) => {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${clock.year}-${pad(clock.month)}-${pad(clock.day)} ${pad(clock.hour)}:${pad(clock.minute)} ${clock.offset >= 0 ? '+' : ''}${clock.offset}`;
};

describe('wallClock', () => {
	// Every expected value is worked out by hand from the zone's rules, not by a library.
	it.each([
		['the meeting in Geneva (CEST)', 'Europe/Zurich', '2023-06-20T07:30Z', '2023-06-20 09:30 +120'],
		[
			'India, 30 minutes off the hour',
			'Asia/Kolkata',
			'2023-06-20T07:30Z',
			'2023-06-20 13:00 +330',
		],
		['the old name of Kolkata', 'Asia/Calcutta', '2023-06-20T07:30Z', '2023-06-20 13:00 +330'],
		['Nepal, 45 minutes off', 'Asia/Kathmandu', '2023-06-20T07:30Z', '2023-06-20 13:15 +345'],
		['Adelaide in its winter', 'Australia/Adelaide', '2023-06-20T07:30Z', '2023-06-20 17:00 +570'],
		['Adelaide in its summer', 'Australia/Adelaide', '2023-01-10T00:00Z', '2023-01-10 10:30 +630'],
		['Chatham Islands, +12:45', 'Pacific/Chatham', '2023-06-20T07:30Z', '2023-06-20 20:15 +765'],
		[
			'Kiritimati, the next day',
			'Pacific/Kiritimati',
			'2023-06-20T14:00Z',
			'2023-06-21 04:00 +840',
		],
		[
			'Pago Pago, the day before',
			'Pacific/Pago_Pago',
			'2023-06-20T07:30Z',
			'2023-06-19 20:30 -660',
		],
		["St John's in summer", 'America/St_Johns', '2023-06-20T07:30Z', '2023-06-20 05:00 -150'],
		["St John's in winter", 'America/St_Johns', '2023-01-10T12:00Z', '2023-01-10 08:30 -210'],
		[
			'Geneva a minute before spring forward',
			'Europe/Zurich',
			'2023-03-26T00:59Z',
			'2023-03-26 01:59 +60',
		],
		['Geneva at spring forward', 'Europe/Zurich', '2023-03-26T01:00Z', '2023-03-26 03:00 +120'],
		[
			'Geneva a minute before fall back',
			'Europe/Zurich',
			'2023-10-29T00:59Z',
			'2023-10-29 02:59 +120',
		],
		[
			'Geneva at fall back (02:00 again)',
			'Europe/Zurich',
			'2023-10-29T01:00Z',
			'2023-10-29 02:00 +60',
		],
		[
			'New York before spring forward',
			'America/New_York',
			'2023-03-12T06:59Z',
			'2023-03-12 01:59 -300',
		],
		[
			'New York at spring forward',
			'America/New_York',
			'2023-03-12T07:00Z',
			'2023-03-12 03:00 -240',
		],
		['Sydney at fall back', 'Australia/Sydney', '2023-04-01T16:00Z', '2023-04-02 02:00 +600'],
		[
			'Lord Howe, a 30-minute DST',
			'Australia/Lord_Howe',
			'2023-01-10T00:00Z',
			'2023-01-10 11:00 +660',
		],
		['UTC itself', 'UTC', '2023-06-20T07:30Z', '2023-06-20 07:30 +0'],
	])('reads %s', (_, zone, instant, expected) => {
		expect(show(wallClock(Date.parse(instant), zone))).toBe(expected);
	});
});

describe('localWindow', () => {
	const u4ssc = meetingWindow({
		start: '2023-06-20T09:30',
		end: '2023-06-20T16:00',
		timeZone: 'Europe/Zurich',
	});
	const lateNight = meetingWindow({
		start: '2023-06-20T22:00',
		end: '2023-06-21T02:00',
		timeZone: 'Europe/Zurich',
	});

	it.each([
		// [window, zone, start, end, start days, end days, cue]
		['u4ssc', 'Pacific/Auckland', '19:30', '02:00', 0, 1, 'night'],
		['u4ssc', 'Pacific/Kiritimati', '21:30', '04:00', 0, 1, 'night'],
		['u4ssc', 'Pacific/Pago_Pago', '20:30', '03:00', -1, 0, 'night'],
		['u4ssc', 'America/St_Johns', '05:00', '11:30', 0, 0, 'night'],
		['u4ssc', 'Asia/Kathmandu', '13:15', '19:45', 0, 0, 'outside'],
		['u4ssc', 'Europe/London', '08:30', '15:00', 0, 0, undefined],
		['lateNight', 'Asia/Tokyo', '05:00', '09:00', 1, 1, 'night'],
		['lateNight', 'America/Los_Angeles', '13:00', '17:00', 0, 0, undefined],
		['lateNight', 'Europe/Zurich', '22:00', '02:00', 0, 1, 'night'],
	] as const)(
		'puts the %s window at %s on the clocks of %s',
		(name, zone, start, end, startDays, endDays, cue) => {
			const local = localWindow(name === 'u4ssc' ? u4ssc : lateNight, zone);
			const hhmm = (clock: WallClock) =>
				`${String(clock.hour).padStart(2, '0')}:${String(clock.minute).padStart(2, '0')}`;
			expect([
				hhmm(local.start),
				hhmm(local.end),
				local.startDays,
				local.endDays,
				local.cue,
			]).toEqual([start, end, startDays, endDays, cue]);
		},
	);
});

describe('hoursCue', () => {
	const at = (day: number, hour: number, minute = 0): WallClock => ({
		year: 2023,
		month: 6,
		day,
		hour,
		minute,
		offset: 0,
	});
	it.each([
		['09:00–17:00', at(20, 9), at(20, 17), undefined],
		['08:00–18:00', at(20, 8), at(20, 18), undefined],
		['07:30–12:00', at(20, 7, 30), at(20, 12), 'outside'],
		['17:00–21:00', at(20, 17), at(20, 21), 'outside'],
		['06:00–09:00', at(20, 6), at(20, 9), 'night'],
		['21:00–23:00', at(20, 21), at(20, 23), 'night'],
		['23:00–01:00 next day', at(20, 23), at(21, 1), 'night'],
	])('calls %s %s', (_, start, end, expected) => {
		expect(hoursCue(start, end)).toBe(expected);
	});
});

describe('dayMarker', () => {
	it.each([
		[1, 'en-GB', '+1 day'],
		[-1, 'en-GB', '\u22121 day'],
		[2, 'en-GB', '+2 days'],
		[1, 'ru-RU', '+1 день'],
		[2, 'ru-RU', '+2 дня'],
		[-1, 'ru-RU', '\u22121 день'],
		[0, 'ru-RU', ''],
	])('writes %i days in %s as "%s"', (days, locale, expected) => {
		expect(dayMarker(days, locale)).toBe(expected);
	});
});

describe('offsetLabel', () => {
	it.each([
		[120, 'UTC+02:00'],
		[345, 'UTC+05:45'],
		[-210, 'UTC\u221203:30'],
		[0, 'UTC+00:00'],
	])('writes %i minutes as %s', (minutes, expected) => {
		expect(offsetLabel(minutes)).toBe(expected);
	});
});

describe('knownZone', () => {
	it.each([
		['Asia/Tokyo', 'Asia/Tokyo'],
		['asia/tokyo', 'Asia/Tokyo'],
		['UTC', 'UTC'],
	])('accepts %s as %s', (value, expected) => {
		expect(knownZone(value)).toBe(expected);
	});

	it('accepts both names of renamed zones', () => {
		expect(knownZone('Europe/Kyiv')).toBeDefined();
		expect(knownZone('Europe/Kiev')).toBeDefined();
		expect(knownZone('Asia/Kolkata')).toBe(knownZone('Asia/Calcutta'));
	});

	it.each([
		['markup', '<script>alert(1)</script>'],
		['a path', '../../etc/passwd'],
		['10 000 characters', 'A'.repeat(10_000)],
		['an unknown zone', 'Mars/Olympus_Mons'],
		['an abbreviation Intl does not take', 'CEST'],
		['an empty string', ''],
		['not a string', 42],
	])('refuses %s', (_, value) => {
		expect(knownZone(value)).toBeUndefined();
	});
});
