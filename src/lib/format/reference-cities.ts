// The reference cities of the schedule table and each one's local start and end of a meeting,
// computed at build time from the meeting's schedule.

import type { DateTime } from 'luxon';

import { useTranslations, type TextKey } from '../../i18n/index.ts';
import { intlLocale, type Locale } from '../../i18n/locales.ts';
import type { Schedule } from '../../schemas/meeting.ts';
import { formatTime, formatWindowZone, meetingWindow, type MeetingWindow } from './meeting-time.ts';
import {
	barBlocks,
	dayPartPhrase,
	dayParts,
	describeWindow,
	type DayPart,
	type DayPartText,
	type DayPartWords,
} from '../time/day-parts.ts';
import { dayMarker, daysBetween, wallClock, type WallClock } from '../time/zone-time.ts';

export interface ReferenceCity {
	zone: string;
	/** The city's name in each page language; Intl has no city names. */
	name: Record<Locale, string>;
}

/** Cities spread around the globe, from the date line westwards, covering the usual offsets. */
export const referenceCities: readonly ReferenceCity[] = [
	{ zone: 'America/Los_Angeles', name: { en: 'Los Angeles', ru: 'Лос-Анджелес' } },
	{ zone: 'America/New_York', name: { en: 'New York', ru: 'Нью-Йорк' } },
	{ zone: 'America/Sao_Paulo', name: { en: 'São Paulo', ru: 'Сан-Паулу' } },
	{ zone: 'Europe/London', name: { en: 'London', ru: 'Лондон' } },
	{ zone: 'Europe/Zurich', name: { en: 'Geneva', ru: 'Женева' } },
	{ zone: 'Africa/Cairo', name: { en: 'Cairo', ru: 'Каир' } },
	{ zone: 'Africa/Nairobi', name: { en: 'Nairobi', ru: 'Найроби' } },
	{ zone: 'Europe/Moscow', name: { en: 'Moscow', ru: 'Москва' } },
	{ zone: 'Asia/Dubai', name: { en: 'Dubai', ru: 'Дубай' } },
	{ zone: 'Asia/Kolkata', name: { en: 'New Delhi', ru: 'Нью-Дели' } },
	{ zone: 'Asia/Shanghai', name: { en: 'Beijing', ru: 'Пекин' } },
	{ zone: 'Asia/Tokyo', name: { en: 'Tokyo', ru: 'Токио' } },
	{ zone: 'Australia/Sydney', name: { en: 'Sydney', ru: 'Сидней' } },
	{ zone: 'Pacific/Auckland', name: { en: 'Auckland', ru: 'Окленд' } },
];

/**
 * Whether clocks change in any reference city during the window: a visitor's zone may then name
 * two offsets, and the hero keeps room for a longer line.
 */
export function clocksChangeDuring({ start, end }: MeetingWindow): boolean {
	return referenceCities.some(
		({ zone }) =>
			wallClock(start.toMillis(), zone).offset !== wallClock(end.toMillis(), zone).offset,
	);
}

export interface LocalWindow {
	start: WallClock;
	end: WallClock;
	/** Calendar days from the meeting's own start date to the local start and end dates. */
	startDays: number;
	endDays: number;
	/** Where the window falls in the local day; undefined for a day or more. */
	dayPart: DayPartText | undefined;
	/** The window's blocks on a 24-hour bar, in minutes after midnight. */
	bar: [from: number, to: number][];
}

/** The clock in `timeZone` at the instant, read as the browser's widget reads it. */
const clockAt = (instant: DateTime, timeZone: string): WallClock =>
	wallClock(instant.toMillis(), timeZone);

/** A meeting window (or a session of it) as read on the clocks of `timeZone`. */
export function localWindow(window: MeetingWindow, timeZone: string): LocalWindow {
	const home = clockAt(window.start, window.start.zoneName!);
	const start = clockAt(window.start, timeZone);
	const end = clockAt(window.end, timeZone);
	return {
		start,
		end,
		startDays: daysBetween(home, start),
		endDays: daysBetween(home, end),
		dayPart: describeWindow(start, end),
		bar: barBlocks(start, end),
	};
}

/** A row of the reference-city table, as the page prints it. */
export interface ReferenceRow {
	zone: string;
	city: string;
	/** "CEST, UTC+2" in English, where readers know the abbreviations; "UTC+2" in Russian. */
	zoneLabel: string;
	/** Local start and end, "16:30"; each with "+1 day" when it falls on another date. */
	start: string;
	end: string;
	startMarker: string;
	endMarker: string;
	/** "in the evening", «вечером»; none for a window of a day or more. */
	words: string | undefined;
	bar: LocalWindow['bar'];
}

/** One row per reference city, in the page's language, ordered by their offset at the start. */
export function referenceRows(schedule: Schedule, locale: Locale): ReferenceRow[] {
	const window = meetingWindow(schedule);
	const words = dayPartWords(locale);
	return referenceCities
		.map((city) => ({ city, local: localWindow(window, city.zone) }))
		.sort((a, b) => a.local.start.offset - b.local.start.offset)
		.map(({ city: { zone, name }, local }) => ({
			zone,
			city: name[locale],
			zoneLabel: formatWindowZone(window, locale, { timeZone: zone, abbreviate: locale === 'en' }),
			start: formatTime(window.start, locale, zone),
			end: formatTime(window.end, locale, zone),
			startMarker: dayMarker(local.startDays, intlLocale[locale]),
			endMarker: dayMarker(local.endDays, intlLocale[locale]),
			words: local.dayPart && dayPartPhrase(local.dayPart, words),
			bar: local.bar,
		}));
}

/**
 * Reference cities' names in one language by zone: `npm run zones` writes them into the picker's
 * city lists, where they stand in for CLDR's.
 */
export function cityNames(locale: Locale): Record<string, string> {
	return Object.fromEntries(referenceCities.map((city) => [city.zone, city.name[locale]]));
}

/** The day-part words of one page language, for the table here and the browser's own line. */
export function dayPartWords(locale: Locale): DayPartWords {
	const t = useTranslations(locale);
	const each = (prefix: string) =>
		Object.fromEntries(dayParts.map((part) => [part, t(`${prefix}${part}` as TextKey)])) as Record<
			DayPart,
			string
		>;
	const within = each('schedule.dayPart.');
	// Only the words that differ go to the browser: Russian uses the same in both places.
	const range = Object.fromEntries(
		Object.entries(each('schedule.dayPart.range.')).filter(
			([part, word]) => word !== within[part as DayPart],
		),
	);
	return {
		within,
		range,
		between: t('schedule.dayPart.between'),
		working: t('schedule.dayPart.working'),
	};
}
