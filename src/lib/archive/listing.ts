// Which meetings each list page shows, and in what order: the home page (upcoming, then the latest
// past), the year pages and the series pages. Pure: the build's clock comes in as `now`.

import type { LocalizedMeeting } from '../meeting.ts';
import { meetingWindow } from '../format/meeting-time.ts';

/** At most this many cards on a home page, upcoming and past together. */
export const HOME_CARDS = 20;
/** At most this many of them upcoming, so that the latest past meetings always have room. */
export const HOME_UPCOMING = 12;

const start = (meeting: LocalizedMeeting) => meetingWindow(meeting.facts.schedule).start.toMillis();
const end = (meeting: LocalizedMeeting) => meetingWindow(meeting.facts.schedule).end.toMillis();

/** The year a meeting is filed under: that of its first day, on the clock where it is held. */
export const meetingYear = (meeting: LocalizedMeeting) =>
	meetingWindow(meeting.facts.schedule).start.year;

/** Earliest start first; the slug settles meetings that start together. */
export function chronological(meetings: readonly LocalizedMeeting[]): LocalizedMeeting[] {
	const starts = new Map(meetings.map((meeting) => [meeting, start(meeting)]));
	return meetings.toSorted(
		(a, b) => starts.get(a)! - starts.get(b)! || a.slug.localeCompare(b.slug),
	);
}

export interface HomeListing {
	/** Not over at `now` (a meeting in progress included), the soonest first. */
	upcoming: LocalizedMeeting[];
	/** Whether upcoming meetings beyond HOME_UPCOMING were left to the year pages. */
	moreUpcoming: boolean;
	/** Over at `now`, the latest first, as many as the upcoming ones leave room for. */
	past: LocalizedMeeting[];
	/** Every year that has a meeting, the latest first. */
	years: number[];
}

export function homeListing(meetings: readonly LocalizedMeeting[], now: number): HomeListing {
	const ordered = chronological(meetings);
	const upcoming = ordered.filter((meeting) => end(meeting) > now);
	const past = ordered.filter((meeting) => end(meeting) <= now).reverse();
	const shown = upcoming.slice(0, HOME_UPCOMING);
	return {
		upcoming: shown,
		moreUpcoming: upcoming.length > shown.length,
		past: past.slice(0, HOME_CARDS - shown.length),
		years: [...byYear(meetings).keys()],
	};
}

/** Meetings by year, the latest year first, each year's meetings in the order they take place. */
export function byYear(meetings: readonly LocalizedMeeting[]): Map<number, LocalizedMeeting[]> {
	const years = new Map<number, LocalizedMeeting[]>();
	for (const meeting of chronological(meetings)) {
		const year = meetingYear(meeting);
		const list = years.get(year) ?? [];
		list.push(meeting);
		years.set(year, list);
	}
	return new Map([...years].sort(([a], [b]) => b - a));
}

/** Meetings by series id, each series' latest meeting first. */
export function bySeries(meetings: readonly LocalizedMeeting[]): Map<string, LocalizedMeeting[]> {
	const series = new Map<string, LocalizedMeeting[]>();
	for (const meeting of chronological(meetings).reverse()) {
		const list = series.get(meeting.facts.series.id) ?? [];
		list.push(meeting);
		series.set(meeting.facts.series.id, list);
	}
	return series;
}

/**
 * What a series is called, from its latest meeting: the initiative's usual abbreviation
 * ("U4SSC") or its name; a series of no initiative (TSAG, a focus group) by its id, which is its
 * acronym ("fg-dt4c" → "FG-DT4C").
 */
export function seriesName(latest: LocalizedMeeting): string {
	const initiative = latest.text.initiative;
	return initiative?.abbreviation ?? initiative?.name ?? latest.facts.series.id.toUpperCase();
}
