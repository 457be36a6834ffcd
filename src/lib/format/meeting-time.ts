// Turns a meeting's schedule (local wall-clock times plus an IANA zone) into instants and into
// the words and numbers a reader sees, in the page's language. Build time only, with Luxon, like
// all of src/lib/format; the browser converts with src/lib/time.

import { DateTime } from 'luxon';

import { intlLocale, type Locale } from '../../i18n/locales.ts';
import type { Schedule } from '../../schemas/meeting.ts';
import { useTranslations } from '../../i18n/index.ts';
import { dateTimeFormat } from '../time/intl-cache.ts';
import { capitalized, rangeDashes, typeset } from './typography.ts';
import { zoneLabel } from '../time/zone-abbreviation.ts';
import { offsetLabel, wallClock, windowZoneLabel } from '../time/zone-time.ts';

export interface MeetingWindow {
	readonly start: DateTime;
	readonly end: DateTime;
}

/**
 * Windows already worked out, per schedule object. Every component of a page asks for the same
 * meeting's window, and Luxon asks Intl for the zone's offset each time it makes one. The key is
 * the three strings, so a schedule object changed in place is never answered from an old entry.
 */
const windows = new WeakMap<Schedule, { key: string; window: MeetingWindow }>();

/** The meeting's start and end as instants, each still carrying the meeting's zone. */
export function meetingWindow(schedule: Schedule): MeetingWindow {
	const key = `${schedule.start}|${schedule.end}|${schedule.timeZone}`;
	const known = windows.get(schedule);
	if (known?.key === key) return known.window;
	const start = DateTime.fromISO(schedule.start, { zone: schedule.timeZone });
	const end = DateTime.fromISO(schedule.end, { zone: schedule.timeZone });
	if (!start.isValid || !end.isValid) {
		throw new RangeError(
			`Invalid schedule ${schedule.start}–${schedule.end} in ${schedule.timeZone}`,
		);
	}
	// Luxon's DateTime is immutable and the window is frozen, so callers may share one.
	const window = Object.freeze({ start, end });
	windows.set(schedule, { key, window });
	return window;
}

const formatter = (locale: Locale, timeZone: string, options: Intl.DateTimeFormatOptions) =>
	dateTimeFormat(intlLocale[locale], { ...options, timeZone });

const time = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
const dayAndTime = { day: 'numeric', month: 'long', ...time } as const;
const fullDate = { day: 'numeric', month: 'long', year: 'numeric' } as const;

/**
 * "Tuesday, 20 June 2023" / "Вторник, 20 июня 2023 г." in the given zone: the date as a line of
 * its own (a heading, a row of the programme, the share image), so with a capital in Russian too.
 */
export function formatLongDate(instant: DateTime, locale: Locale, timeZone = instant.zoneName!) {
	const date = formatter(locale, timeZone, { weekday: 'long', ...fullDate });
	return capitalized(typeset(date.format(instant.toJSDate()), locale), locale);
}

/** "20 June 2023" / "20 июня 2023 г." in the given zone. */
export function formatDate(instant: DateTime, locale: Locale, timeZone = instant.zoneName!) {
	return typeset(formatter(locale, timeZone, fullDate).format(instant.toJSDate()), locale);
}

/** "20 June 2023" or, over several days, "20 – 21 June 2023" / "20–21 июня 2023 г.". */
export function formatDateRange(
	{ start, end }: MeetingWindow,
	locale: Locale,
	timeZone = start.zoneName!,
) {
	const range = formatter(locale, timeZone, fullDate).formatRange(start.toJSDate(), end.toJSDate());
	return typeset(rangeDashes(range), locale);
}

/**
 * The meeting's date as a line of its own (the hero, the share image): the long date for a
 * meeting of one day, "23–24 September 2025" for several.
 */
export function formatMeetingDate(window: MeetingWindow, locale: Locale) {
	return isSameDay(window) ? formatLongDate(window.start, locale) : formatDateRange(window, locale);
}

/** Whether start and end fall on the same calendar day in the zone. */
export function isSameDay({ start, end }: MeetingWindow, timeZone = start.zoneName!) {
	// The calendar dates the two instants have in the zone. Two offset look-ups where Luxon's
	// hasSame(…, 'day') made eight; and right where a zone's clocks go back over midnight
	// (America/Havana in November), which hasSame's start-of-day arithmetic gets wrong.
	const first = start.setZone(timeZone);
	const last = end.setZone(timeZone);
	return first.isValid && last.isValid && first.toISODate() === last.toISODate();
}

/**
 * Times alone when the window fits in one day of `timeZone` and that day is the meeting's own
 * date; otherwise the day goes with the times, so "22:00–23:30 UTC" under "10 July" never hides
 * that in UTC it is still 9 July.
 */
function rangeOptions(window: MeetingWindow, timeZone: string) {
	const ownDate = window.start.toISODate();
	const sameDate = window.start.setZone(timeZone).toISODate() === ownDate;
	return sameDate && isSameDay(window, timeZone) ? time : dayAndTime;
}

/**
 * Ranges already written, by language, zone, instants and the meeting's own zone (whose date
 * decides whether the days are shown): a page writes each several times.
 */
const ranges = new Map<string, string>();

/**
 * "09:30–16:00" when the window fits in one day of the zone, otherwise with the days:
 * "20 June at 19:30 – 21 June at 02:00".
 */
export function formatTimeRange(
	window: MeetingWindow,
	locale: Locale,
	timeZone = window.start.zoneName!,
) {
	const key = `${locale}|${timeZone}|${window.start.zoneName}|${window.start.toMillis()}|${window.end.toMillis()}`;
	let written = ranges.get(key);
	if (written === undefined) {
		const range = formatter(locale, timeZone, rangeOptions(window, timeZone)).formatRange(
			window.start.toJSDate(),
			window.end.toJSDate(),
		);
		written = typeset(rangeDashes(range), locale);
		if (ranges.size >= 20_000) ranges.clear();
		ranges.set(key, written);
	}
	return written;
}

/** "09:30" in the given zone; the browser's widget formats its times with the same options. */
export function formatTime(instant: DateTime, locale: Locale, timeZone = instant.zoneName!) {
	return formatter(locale, timeZone, time).format(instant.toJSDate());
}

/** "UTC+2", "UTC−3:30" (with a real minus sign), "UTC+0": the offset in the zone at the instant. */
export function formatOffset(instant: DateTime, timeZone = instant.zoneName!): string {
	return offsetLabel(wallClock(instant.toMillis(), timeZone).offset);
}

export interface WindowZoneOptions {
	/** The zone to label; the meeting's own when absent. */
	timeZone?: string;
	/**
	 * Whether to give English abbreviations ("CEST"). English pages do; Russian pages only for the
	 * meeting's own zone, as the circulars do, and otherwise name places and offsets.
	 */
	abbreviate?: boolean;
	/** A city to name first: "Tokyo, UTC+9". */
	place?: string;
}

/**
 * The zone label for a whole window, the same on the page, the cards, the share image and in the
 * calendar file: "CEST, UTC+2", or both ends' labels when the clocks change during it ("CET, UTC+1,
 * then CEST, UTC+2"), each the one in force at that moment.
 */
export function formatWindowZone(
	{ start, end }: MeetingWindow,
	locale: Locale,
	{ timeZone = start.zoneName!, abbreviate = true, place }: WindowZoneOptions = {},
): string {
	const then = useTranslations(locale)('time.zoneChange');
	return windowZoneLabel([start.toMillis(), end.toMillis()], timeZone, {
		then,
		...(place ? { place } : {}),
		...(abbreviate ? { label: (instant: number) => zoneLabel(instant, timeZone) } : {}),
	});
}

/**
 * The meeting's window in its own zone, as one line of text: "09:30–16:00 Geneva time (CEST,
 * UTC+2)" / «09:30–16:00 (Женева, CEST, UTC+2)». For the hero, the cards, the share image and the
 * calendar file; the page's markup wraps the times in <time> (meetingTimeParts).
 */
export function formatMeetingTime(window: MeetingWindow, locale: Locale, place: string): string {
	const [before, after] = meetingTimeParts(window, locale, place);
	return `${before}${formatTimeRange(window, locale)}${after}`;
}

/** The words before and after the times in formatMeetingTime's line. */
export function meetingTimeParts(
	window: MeetingWindow,
	locale: Locale,
	place: string,
): [before: string, after: string] {
	const text = useTranslations(locale)('time.meetingZone', {
		place,
		zone: formatWindowZone(window, locale),
	});
	const [before = '', after = ''] = text.split('{time}');
	return [before, after];
}

export interface TimeRangePart {
	text: string;
	/** Which end of the window this text belongs to; absent for separators shared by both. */
	instant?: 'start' | 'end';
}

/**
 * The time range split into the start's text, the shared separator and the end's text, so each
 * side can sit in its own `<time datetime>` while Intl keeps the order and punctuation.
 */
export function timeRangeParts(
	window: MeetingWindow,
	locale: Locale,
	timeZone = window.start.zoneName!,
): TimeRangePart[] {
	const parts = formatter(locale, timeZone, rangeOptions(window, timeZone)).formatRangeToParts(
		window.start.toJSDate(),
		window.end.toJSDate(),
	);
	const merged: TimeRangePart[] = [];
	for (const part of parts) {
		const instant =
			part.source === 'startRange' ? 'start' : part.source === 'endRange' ? 'end' : undefined;
		const last = merged.at(-1);
		if (last && last.instant === instant) last.text += part.value;
		else merged.push(instant ? { text: part.value, instant } : { text: part.value });
	}
	return merged.map((part) => ({ ...part, text: typeset(rangeDashes(part.text), locale) }));
}
