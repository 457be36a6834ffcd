import { describe, expect, it } from 'vitest';

import { typeset } from '../../../src/lib/format/typography.ts';
import { keepNumbersWithWords, rangeDashes } from '../../../src/lib/time/typography.ts';

describe('keepNumbersWithWords (the browser’s dates)', () => {
	it('keeps a day with its month and a year with «г.»', () => {
		expect(keepNumbersWithWords('вторник, 20 июня 2023 г.')).toBe(
			'вторник, 20\u00a0июня 2023\u00a0г.',
		);
		expect(keepNumbersWithWords('18 days')).toBe('18\u00a0days');
	});

	it.each([
		['ru', 'ru-RU'],
		['en', 'en-GB'],
	] as const)(
		'agrees with the build’s typography on every date Intl writes (%s)',
		(locale, tag) => {
			const format = new Intl.DateTimeFormat(tag, {
				timeZone: 'UTC',
				weekday: 'long',
				day: 'numeric',
				month: 'long',
				year: 'numeric',
			});
			for (let month = 0; month < 12; month++) {
				const date = format.format(Date.UTC(2023, month, month + 9));
				expect(keepNumbersWithWords(date)).toBe(typeset(date, locale));
			}
		},
	);
});

describe('ranges the browser writes', () => {
	it.each([
		['en', 'en-GB'],
		['ru', 'ru-RU'],
	] as const)('read as the build writes them (%s)', (locale, tag) => {
		const days = new Intl.DateTimeFormat(tag, {
			timeZone: 'UTC',
			day: 'numeric',
			month: 'long',
			year: 'numeric',
		});
		const times = new Intl.DateTimeFormat(tag, {
			timeZone: 'UTC',
			day: 'numeric',
			month: 'long',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23',
		});
		const [start, end] = [Date.UTC(2018, 1, 26, 8, 30), Date.UTC(2018, 2, 2, 16, 30)];
		for (const format of [days, times]) {
			const range = format.formatRange(start, end);
			expect(keepNumbersWithWords(range)).toBe(typeset(rangeDashes(range), locale));
		}
	});
});
