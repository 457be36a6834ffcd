// The reference cities of the schedule table and each one's local start and end of a meeting,
// computed at build time from the meeting's schedule.

import type { DateTime } from 'luxon';

import type { Locale } from '../../i18n/locales.ts';
import type { Schedule } from '../../schemas/meeting.ts';
import { meetingWindow, type MeetingWindow } from './meeting-time.ts';
import {
	daysBetween,
	hoursCue,
	wallClock,
	type HoursCue,
	type WallClock,
} from '../time/zone-time.ts';

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

export interface LocalWindow {
	start: WallClock;
	end: WallClock;
	/** Calendar days from the meeting's own start date to the local start and end dates. */
	startDays: number;
	endDays: number;
	cue: HoursCue | undefined;
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
		cue: hoursCue(start, end),
	};
}

export interface ReferenceRow extends LocalWindow {
	zone: string;
	city: string;
}

/** One row per reference city, in the page's language, ordered by their offset at the start. */
export function referenceRows(schedule: Schedule, locale: Locale): ReferenceRow[] {
	const window = meetingWindow(schedule);
	return referenceCities
		.map((city) => ({
			zone: city.zone,
			city: city.name[locale],
			...localWindow(window, city.zone),
		}))
		.sort((a, b) => a.start.offset - b.start.offset);
}

/** Reference cities' names in one language by zone, for the zone picker. */
export function cityNames(locale: Locale): Record<string, string> {
	return Object.fromEntries(referenceCities.map((city) => [city.zone, city.name[locale]]));
}
