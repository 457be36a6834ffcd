// How far off a key deadline is. A deadline is a day on the meeting's own calendar: it has passed
// once that day is over where the meeting is held. Shared by the build and the browser; Intl only.

import { relativeTimeFormat } from './intl-cache.ts';
import { keepNumbersWithWords } from './typography.ts';
import { daysBetween, wallClock } from './zone-time.ts';

/** Days from today, where the meeting is held, to the deadline `date` (YYYY-MM-DD); −1 the day after. */
export function daysUntilDeadline(now: number, date: string, timeZone: string): number {
	const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
	return daysBetween(wallClock(now, timeZone), { year, month, day, hour: 0, minute: 0, offset: 0 });
}

/** Whether the deadline `date` (YYYY-MM-DD) is over where the meeting is held, at `now`. */
export function deadlinePassed(now: number, date: string, timeZone: string): boolean {
	return daysUntilDeadline(now, date, timeZone) < 0;
}

/**
 * "today", "tomorrow", "in 12 days" / «сегодня», «завтра», «через 12 дней», the number kept with
 * its word; none once passed.
 */
export function deadlineDistance(days: number, intlLocale: string): string | undefined {
	if (days < 0) return undefined;
	return keepNumbersWithWords(
		relativeTimeFormat(intlLocale, { numeric: 'auto' }).format(days, 'day'),
	);
}
