// URLs of the site's pages in each language; components never assemble paths themselves.

import type { Locale } from './locales.ts';

/** `/en/`, `/ru/`: the list of meetings in one language. */
export function homePath(locale: Locale): string {
	return `/${locale}/`;
}

/** `/en/meetings/u4ssc-7/`: one meeting in one language. */
export function meetingPath(locale: Locale, slug: string): string {
	return `/${locale}/meetings/${encodeURIComponent(slug)}/`;
}

/**
 * The same page in another language: swaps the leading locale segment and keeps the rest.
 * Paths outside the localized tree (`/`, `/404.html`) lead to that language's home page.
 */
export function localizedPath(path: string, from: Locale, to: Locale): string {
	const prefix = `/${from}/`;
	return path.startsWith(prefix) ? `/${to}/${path.slice(prefix.length)}` : homePath(to);
}

/** `/en/meetings/u4ssc-7.ics`: one meeting's calendar file in one language. */
export function meetingCalendarPath(locale: Locale, slug: string): string {
	return `/${locale}/meetings/${encodeURIComponent(slug)}.ics`;
}

/** `/en/meetings/u4ssc-7.png`: the meeting's share preview image in one language. */
export function meetingImagePath(locale: Locale, slug: string): string {
	return `/${locale}/meetings/${encodeURIComponent(slug)}.png`;
}

/** `/en/calendar.ics`: every meeting in one language, for calendar apps to subscribe to. */
export function calendarFeedPath(locale: Locale): string {
	return `/${locale}/calendar.ics`;
}

/** `/en/years/2023/`: every meeting of one year, in one language. */
export function yearPath(locale: Locale, year: number): string {
	return `/${locale}/years/${year}/`;
}

/** `/en/series/u4ssc/`: every meeting of one series, in one language. */
export function seriesPath(locale: Locale, series: string): string {
	return `/${locale}/series/${encodeURIComponent(series)}/`;
}

/** `/en/rss.xml`: the news feed of announcements in one language. */
export function newsFeedPath(locale: Locale): string {
	return `/${locale}/rss.xml`;
}
