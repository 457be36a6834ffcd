// "3 days, 4 hours" / "3 дня 4 часа": how long until a moment, in the page's language, with the
// plural forms from Intl. Shared by the browser's status line and its tests; no dependencies.

import { listFormat, numberFormat } from './intl-cache.ts';
import { keepNumbersWithWords } from './typography.ts';

type Unit = 'day' | 'hour' | 'minute';

/** "18 days", "21 час": a number and its unit, kept on one line by a no-break space. */
const amount = (value: number, unit: Unit, locale: string) =>
	keepNumbersWithWords(
		numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value),
	);

/**
 * The time left, rounded up to the minute, in its two largest units: days and hours, hours and
 * minutes, or minutes alone. Zero parts are left out ("2 hours", not "2 hours, 0 minutes").
 */
export function formatDuration(milliseconds: number, locale: string): string {
	const total = Math.max(1, Math.ceil(milliseconds / 60_000));
	const days = Math.floor(total / 1440);
	const hours = Math.floor((total % 1440) / 60);
	const minutes = total % 60;
	const parts: [number, Unit][] = days
		? [
				[days, 'day'],
				[hours, 'hour'],
			]
		: hours
			? [
					[hours, 'hour'],
					[minutes, 'minute'],
				]
			: [[minutes, 'minute']];
	const shown = parts
		.filter(([value]) => value > 0)
		.map(([value, unit]) => amount(value, unit, locale));
	return listFormat(locale, { style: 'long', type: 'unit' }).format(shown);
}
