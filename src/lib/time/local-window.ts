// A meeting's window as read on the clocks of one zone, in words, with Intl alone: what the
// browser writes for the visitor's own zone, with the same options the build uses.

import { dateTimeFormat } from './intl-cache.ts';
import { keepNumbersWithWords } from './typography.ts';
import { dayMarker, daysBetween, wallClock, windowZoneLabel, type WallClock } from './zone-time.ts';

const DAY = 86_400_000;
const time = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;

/**
 * The date the window falls on in `timeZone`: "Tuesday, 20 June 2023" / «вторник, 20 июня
 * 2023 г.», or "16 – 17 January 2024" for a window of a day or more.
 */
export function localDate(start: number, end: number, timeZone: string, locale: string): string {
	const date = { day: 'numeric', month: 'long', year: 'numeric' } as const;
	return keepNumbersWithWords(
		end - start >= DAY
			? dateTimeFormat(locale, { ...date, timeZone }).formatRange(start, end)
			: dateTimeFormat(locale, { weekday: 'long', ...date, timeZone }).format(start),
	);
}

/**
 * The window's times in `timeZone`: "16:30–23:00", "19:30–02:00 +1 day" (days counted from
 * `from`, the date shown beside them: the visitor's own start date unless given), or with the
 * days written out for a window of a day or more: "16 January at 15:00 – 17 January at 23:30".
 */
export function localTimes(
	start: number,
	end: number,
	timeZone: string,
	locale: string,
	from: WallClock = wallClock(start, timeZone),
): string {
	if (end - start >= DAY) {
		return keepNumbersWithWords(
			dateTimeFormat(locale, { day: 'numeric', month: 'long', ...time, timeZone }).formatRange(
				start,
				end,
			),
		);
	}
	const format = dateTimeFormat(locale, { ...time, timeZone });
	const at = (instant: number) => {
		const marker = keepNumbersWithWords(
			dayMarker(daysBetween(from, wallClock(instant, timeZone)), locale),
		);
		return format.format(instant) + (marker ? ` ${marker}` : '');
	};
	return `${at(start)}–${at(end)}`;
}

/**
 * The window as a visitor in `timeZone` reads it: the date, the times and the zone ("Tokyo,
 * UTC+9", each end's offset when the clocks change: `then` is the page language's "{start}, then
 * {end}").
 */
export function visitorWindow(
	[start, end]: readonly [number, number],
	timeZone: string,
	locale: string,
	then: string,
	city?: string,
) {
	return {
		date: localDate(start, end, timeZone, locale),
		times: localTimes(start, end, timeZone, locale),
		zone: windowZoneLabel([start, end], timeZone, { then, ...(city ? { place: city } : {}) }),
	};
}
