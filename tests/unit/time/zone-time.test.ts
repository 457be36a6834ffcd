import { describe, expect, it } from 'vitest';

import { clocksChangeDuring, localWindow } from '../../../src/lib/format/reference-cities.ts';
import { meetingWindow } from '../../../src/lib/format/meeting-time.ts';
import {
	dayMarker,
	knownZone,
	offsetLabel,
	wallClock,
	windowZoneLabel,
	type WallClock,
} from '../../../src/lib/time/zone-time.ts';
import { zoneAbbreviation, zoneLabel } from '../../../src/lib/time/zone-abbreviation.ts';

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
		// [window, zone, start, end, start days, end days, part of the day]
		['u4ssc', 'Pacific/Auckland', '19:30', '02:00', 0, 1, 'within night'],
		['u4ssc', 'Pacific/Kiritimati', '21:30', '04:00', 0, 1, 'within night'],
		['u4ssc', 'Pacific/Pago_Pago', '20:30', '03:00', -1, 0, 'within night'],
		['u4ssc', 'America/St_Johns', '05:00', '11:30', 0, 0, 'night to morning'],
		['u4ssc', 'Asia/Kathmandu', '13:15', '19:45', 0, 0, 'afternoon to evening'],
		['u4ssc', 'Europe/London', '08:30', '15:00', 0, 0, 'working'],
		['lateNight', 'Asia/Tokyo', '05:00', '09:00', 1, 1, 'night to morning'],
		['lateNight', 'America/Los_Angeles', '13:00', '17:00', 0, 0, 'working'],
		['lateNight', 'Europe/Zurich', '22:00', '02:00', 0, 1, 'within night'],
	] as const)(
		'puts the %s window at %s on the clocks of %s',
		(name, zone, start, end, startDays, endDays, part) => {
			const local = localWindow(name === 'u4ssc' ? u4ssc : lateNight, zone);
			const hhmm = (clock: WallClock) =>
				`${String(clock.hour).padStart(2, '0')}:${String(clock.minute).padStart(2, '0')}`;
			expect([
				hhmm(local.start),
				hhmm(local.end),
				local.startDays,
				local.endDays,
				local.dayPart?.kind === 'range'
					? `${local.dayPart.from} to ${local.dayPart.to}`
					: local.dayPart?.kind === 'within'
						? `within ${local.dayPart.part}`
						: local.dayPart?.kind,
			]).toEqual([start, end, startDays, endDays, part]);
		},
	);
});

describe('clocksChangeDuring', () => {
	const window = (start: string, end: string) =>
		meetingWindow({ start, end, timeZone: 'Europe/Zurich' });

	it.each([
		// 20 June 2023: no reference city changes its clocks.
		['2023-06-20T09:30', '2023-06-20T16:00', false],
		// Europe's clocks went back an hour at 01:00 UTC on 29 October 2023.
		['2023-10-28T20:00', '2023-10-29T10:00', true],
		// The United States went back on 5 November 2023, Europe a week before.
		['2023-11-04T12:00', '2023-11-05T12:00', true],
		// Between the two: no city changes.
		['2023-10-31T09:00', '2023-11-02T17:00', false],
	])('from %s to %s Geneva time: %s', (start, end, changes) => {
		expect(clocksChangeDuring(window(start, end))).toBe(changes);
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
		[120, 'UTC+2'],
		[540, 'UTC+9'],
		[330, 'UTC+5:30'],
		[345, 'UTC+5:45'],
		[765, 'UTC+12:45'],
		[-180, 'UTC\u22123'],
		[-210, 'UTC\u22123:30'],
		[-660, 'UTC\u221211'],
		[0, 'UTC+0'],
	])('writes %i minutes as %s', (minutes, expected) => {
		expect(offsetLabel(minutes)).toBe(expected);
	});
});

describe('zone labels', () => {
	const at = (iso: string) => Date.parse(iso);

	it.each([
		['2023-01-20T08:30Z', 'Europe/Zurich', 'CET', 'CET, UTC+1'],
		['2023-07-01T08:00Z', 'Europe/London', 'BST', 'BST, UTC+1'],
		['2023-01-10T09:00Z', 'Europe/London', 'GMT', 'GMT, UTC+0'],
		['2023-07-01T13:00Z', 'America/New_York', 'EDT', 'EDT, UTC\u22124'],
		['2023-07-01T11:30Z', 'America/St_Johns', 'NDT', 'NDT, UTC\u22122:30'],
		['2023-07-01T06:00Z', 'Europe/Moscow', undefined, 'UTC+3'],
		['2023-07-01T06:00Z', 'Africa/Nairobi', 'EAT', 'EAT, UTC+3'],
		['2023-07-01T06:00Z', 'Australia/Sydney', 'AEST', 'AEST, UTC+10'],
		['2023-07-01T06:00Z', 'Asia/Kathmandu', undefined, 'UTC+5:45'],
		['2023-07-01T06:00Z', 'Asia/Kolkata', 'IST', 'IST, UTC+5:30'],
		['2023-07-01T06:00Z', 'Europe/Dublin', 'IST', 'IST, UTC+1'],
		['2023-07-01T06:00Z', 'Asia/Singapore', 'SGT', 'SGT, UTC+8'],
		['2023-07-01T06:00Z', 'UTC', undefined, 'UTC+0'],
	])('at %s in %s: %s, "%s"', (instant, zone, abbreviation, label) => {
		// Where no English locale has a short name (ICU answers "GMT+5:45"), the offset stands alone.
		expect(zoneAbbreviation(at(instant), zone)).toBe(abbreviation);
		expect(zoneLabel(at(instant), zone)).toBe(label);
	});

	it('asks each English locale only about the areas it names, and misses none of its names', () => {
		// Every zone, January and July: the hints give what asking every locale about every zone does.
		const locales = [
			'en-US',
			'en-GB',
			'en-CA',
			'en-AU',
			'en-NZ',
			'en-IN',
			'en-IE',
			'en-ZA',
			'en-SG',
			'en-HK',
		];
		const everywhere = (instant: number, zone: string) => {
			for (const locale of locales) {
				const name = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' })
					.formatToParts(instant)
					.find((part) => part.type === 'timeZoneName')?.value;
				if (name && !/^(UTC|GMT[+\-\u2212])/.test(name)) return name;
			}
			return undefined;
		};
		const missed = Intl.supportedValuesOf('timeZone').flatMap((zone) =>
			[at('2024-01-15T12:00Z'), at('2024-07-15T12:00Z')]
				.filter((instant) => zoneAbbreviation(instant, zone) !== everywhere(instant, zone))
				.map((instant) => `${zone} ${new Date(instant).toISOString()}`),
		);
		expect(missed).toEqual([]);
	});

	it('names the offset in force at each end when the clocks change during a window', () => {
		// Zurich's clocks went forward at 01:00 UTC on 31 March 2024: CET, UTC+1 until then.
		const window = [at('2024-03-30T19:00Z'), at('2024-03-31T08:00Z')] as const;
		const then = '{start}, then {end}';
		const label = (instant: number) => zoneLabel(instant, 'Europe/Zurich');
		expect(windowZoneLabel(window, 'Europe/Zurich', { then, label })).toBe(
			'CET, UTC+1, then CEST, UTC+2',
		);
		expect(windowZoneLabel(window, 'Europe/Zurich', { then, place: 'Zurich' })).toBe(
			'Zurich, UTC+1, then UTC+2',
		);
		// Tokyo keeps its clocks: one label.
		expect(windowZoneLabel(window, 'Asia/Tokyo', { then, place: 'Tokyo' })).toBe('Tokyo, UTC+9');
	});
});

describe('knownZone', () => {
	it.each([
		['Asia/Tokyo', 'Asia/Tokyo'],
		['asia/tokyo', 'Asia/Tokyo'],
		['UTC', 'UTC'],
		['utc', 'UTC'],
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
