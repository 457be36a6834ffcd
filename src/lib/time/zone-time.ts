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

/**
 * Clocks already read, by instant and zone: a page asks for the same few again and again (each
 * label, marker and bar of each city), and a build of a thousand meetings spent 1.2 s of a
 * 33 s rebuild in Intl here. Emptied when it grows large, which only a build reaches.
 */
const read = new Map<string, WallClock>();

/** The date and time a clock in `timeZone` shows at `instant` (milliseconds since the epoch). */
export function wallClock(instant: number, timeZone: string): WallClock {
	const key = `${instant}|${timeZone}`;
	let clock = read.get(key);
	if (!clock) {
		if (read.size >= 20_000) read.clear();
		read.set(key, (clock = readWallClock(instant, timeZone)));
	}
	return { ...clock };
}

function readWallClock(instant: number, timeZone: string): WallClock {
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

/**
 * The offset written short, one way everywhere: "UTC+9", "UTC+5:30", "UTC−3" (a real minus
 * sign), "UTC+0".
 */
export function offsetLabel(minutes: number): string {
	const sign = minutes < 0 ? '\u2212' : '+';
	const rest = Math.abs(minutes) % 60;
	return `UTC${sign}${Math.floor(Math.abs(minutes) / 60)}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/**
 * A window's zone label: the one in force throughout or, when the clocks change during it, the
 * start's and the end's in the page language's "{start}, then {end}": "UTC+1, then UTC+2". A
 * place goes first, once: "Helsinki, UTC+2, then UTC+3". `label` names the zone at an instant
 * (the build adds abbreviations: zone-abbreviation.ts); the offset alone by default.
 */
export function windowZoneLabel(
	[start, end]: readonly [number, number],
	timeZone: string,
	{
		then,
		place,
		label = (instant) => offsetLabel(wallClock(instant, timeZone).offset),
	}: { then: string; place?: string; label?: (instant: number) => string },
): string {
	const first = label(start);
	const last = label(end);
	const zone = first === last ? first : then.replace('{start}', first).replace('{end}', last);
	return place ? `${place}, ${zone}` : zone;
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

/**
 * Zone names are short ASCII paths such as Europe/Zurich; anything else is refused before Intl
 * ever sees it. Legacy names without an area (EST, MST, CET) are fixed offsets or rules that
 * mislead a visitor who means New York or Geneva, so only UTC stands alone (in any case: "utc").
 */
const zoneShape = /^([Uu][Tt][Cc]|[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){1,2})$/;

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
