import { describe, expect, it } from 'vitest';

import { formatDuration } from '../../../src/lib/time/countdown.ts';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

describe('formatDuration', () => {
	it.each([
		[3 * day + 4 * hour, 'en-GB', '3 days, 4 hours'],
		[3 * day + 4 * hour, 'ru-RU', '3 дня 4 часа'],
		[day, 'en-GB', '1 day'],
		[day, 'ru-RU', '1 день'],
		[5 * day + 11 * hour, 'ru-RU', '5 дней 11 часов'],
		[21 * day + hour, 'ru-RU', '21 день 1 час'],
		[2 * hour, 'en-GB', '2 hours'],
		[2 * hour, 'ru-RU', '2 часа'],
		[2 * hour + 30 * minute, 'en-GB', '2 hours, 30 minutes'],
		[22 * minute, 'ru-RU', '22 минуты'],
		[25 * minute, 'ru-RU', '25 минут'],
		[30 * 1000, 'en-GB', '1 minute'],
		[hour - 1000, 'en-GB', '1 hour'],
	])('writes %i ms in %s as "%s"', (milliseconds, locale, expected) => {
		// Each number keeps its unit on its line: a no-break space between them, nowhere else.
		expect(formatDuration(milliseconds, locale)).toBe(expected.replace(/(\d) /g, '$1\u00a0'));
	});

	it('joins each number to its unit with a no-break space', () => {
		expect(formatDuration(18 * day + 21 * hour, 'ru-RU')).toBe('18\u00a0дней 21\u00a0час');
		expect(formatDuration(18 * day + 21 * hour, 'en-GB')).toBe('18\u00a0days, 21\u00a0hours');
	});
});
