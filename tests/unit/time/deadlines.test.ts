// How far off a key deadline is: a day on the calendar of the meeting's zone, counted from the
// reader's instant. Instants are worked out by hand (Zurich is UTC+1 in January, Auckland UTC+13).
import { describe, expect, it } from 'vitest';

import {
	daysUntilDeadline,
	deadlineDistance,
	deadlinePassed,
} from '../../../src/lib/time/deadlines.ts';

describe('daysUntilDeadline', () => {
	it.each([
		['2018-01-03T12:00:00Z', '2018-01-15', 'Europe/Zurich', 12],
		['2018-01-14T22:30:00Z', '2018-01-15', 'Europe/Zurich', 1],
		['2018-01-14T23:30:00Z', '2018-01-15', 'Europe/Zurich', 0],
		['2018-01-15T22:59:00Z', '2018-01-15', 'Europe/Zurich', 0],
		['2018-01-15T23:00:00Z', '2018-01-15', 'Europe/Zurich', -1],
		['2018-01-14T10:59:00Z', '2018-01-15', 'Pacific/Auckland', 1],
		['2018-01-14T11:00:00Z', '2018-01-15', 'Pacific/Auckland', 0],
		['2017-12-31T12:00:00Z', '2018-01-15', 'America/New_York', 15],
	])('at %s, %s in %s is %i days away', (now, date, zone, days) => {
		expect(daysUntilDeadline(Date.parse(now), date, zone)).toBe(days);
		// Passed once the day is over where the meeting is held: 23:00 UTC is midnight in Geneva.
		expect(deadlinePassed(Date.parse(now), date, zone)).toBe(days < 0);
	});
});

describe('deadlineDistance', () => {
	it.each([
		[12, 'en-GB', 'in\u00a012 days'],
		[1, 'en-GB', 'tomorrow'],
		[0, 'en-GB', 'today'],
		[12, 'ru-RU', 'через 12 дней'],
		[3, 'ru-RU', 'через 3 дня'],
		[2, 'ru-RU', 'послезавтра'],
		[21, 'ru-RU', 'через 21 день'],
		[1, 'ru-RU', 'завтра'],
		[0, 'ru-RU', 'сегодня'],
	])('says %i days as "%s" in %s', (days, locale, text) => {
		// The number keeps its word on its line, and a short word the number.
		expect(deadlineDistance(days, locale)).toBe(text.replace(/(\d) /, '$1\u00a0'));
	});

	it('says nothing of a deadline that has passed; the page says "passed" in its own words', () => {
		expect(deadlineDistance(-1, 'en-GB')).toBeUndefined();
	});
});
