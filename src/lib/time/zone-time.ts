// Wall-clock time of an instant in any IANA zone, with Intl alone. Like all of src/lib/time it
// runs in the browser and at build time: no Luxon, no Node (eslint.config.js refuses both).

import { dateTimeFormat, numberFormat } from './intl-cache.ts';

export interface WallClock {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	/** Minutes east of UTC at that instant: 120 for CEST, −210 for Newfoundland summer time. */
	offset: number;
}

/** Numbers only, in one fixed locale, so the parts can be read back as numbers. */
const numericFormat = (timeZone: string) =>
	dateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric',
		second: 'numeric',
	});

/** The date and time a clock in `timeZone` shows at `instant` (milliseconds since the epoch). */
export function wallClock(instant: number, timeZone: string): WallClock {
	const parts: Record<string, number> = {};
	for (const part of numericFormat(timeZone).formatToParts(instant)) {
		if (part.type !== 'literal') parts[part.type] = Number(part.value);
	}
	const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
	const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
	const whole = instant - (instant % 1000);
	return { year, month, day, hour, minute, offset: Math.round((asUtc - whole) / 60_000) };
}

/** Days from the first wall-clock date to the second: 1 when `b` is the next day. */
export function daysBetween(a: WallClock, b: WallClock): number {
	return Math.round(
		(Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000,
	);
}

/** "UTC+05:45", "UTC−03:30" (a real minus sign), "UTC+00:00". */
export function offsetLabel(minutes: number): string {
	const sign = minutes < 0 ? '\u2212' : '+';
	const hours = String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0');
	const rest = String(Math.abs(minutes) % 60).padStart(2, '0');
	return `UTC${sign}${hours}:${rest}`;
}

/** A "+1 day" / "−1 день" marker in the page's language, or '' on the same day. */
export function dayMarker(days: number, intlLocale: string): string {
	if (days === 0) return '';
	return numberFormat(intlLocale, {
		style: 'unit',
		unit: 'day',
		unitDisplay: 'long',
		signDisplay: 'always',
	})
		.format(days)
		.replace('-', '\u2212');
}

export type HoursCue = 'night' | 'outside';

const minutesOfDay = (clock: WallClock) => clock.hour * 60 + clock.minute;

/**
 * Whether a local window (start and end wall clocks) touches the night (22:00–07:00) or leaves
 * working hours (08:00–18:00); undefined when it lies inside working hours.
 */
export function hoursCue(start: WallClock, end: WallClock): HoursCue | undefined {
	const from = minutesOfDay(start);
	const to = daysBetween(start, end) * 1440 + minutesOfDay(end);
	for (let day = -1; day * 1440 < to; day++) {
		const nightStart = day * 1440 + 22 * 60;
		const nightEnd = nightStart + 9 * 60;
		if (from < nightEnd && nightStart < to) return 'night';
	}
	return from < 8 * 60 || to > 18 * 60 ? 'outside' : undefined;
}

/**
 * Zone names are short ASCII paths such as Europe/Zurich; anything else is refused before Intl
 * ever sees it. Legacy names without an area (EST, MST, CET) are fixed offsets or rules that
 * mislead a visitor who means New York or Geneva, so only UTC stands alone.
 */
const zoneShape = /^(UTC|[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){1,2})$/;

/**
 * The zone Intl knows under this name, as Intl spells it, or undefined for anything unknown or
 * malformed (markup, paths, very long strings). Safe for values from URLs and storage.
 */
export function knownZone(value: unknown): string | undefined {
	if (typeof value !== 'string' || value.length > 64 || !zoneShape.test(value)) return undefined;
	try {
		return dateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone;
	} catch {
		return undefined;
	}
}
