// What a meeting looks like in a calendar, in one language: the entry shared by the .ics files
// and the Google/Outlook links, the .ics event itself, and the per-language feed. Build time,
// like all of src/lib/calendar.

import { useTranslations } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locales.ts';
import { meetingPath } from '../../i18n/paths.ts';
import type { LocalizedMeeting } from '../meeting.ts';
import { DateTime } from 'luxon';

import { buildCalendar, type IcsAllDayEvent, type IcsEvent } from './ics.ts';
import { workingLanguagesText } from '../format/languages.ts';
import { formatDate, formatMeetingTime, isSameDay, meetingWindow } from '../format/meeting-time.ts';
import { plainSpaces, uncapitalized } from '../format/typography.ts';

export interface CalendarEntry {
	/** The short title, at most 60 characters, which fits a calendar's day and week grids. */
	title: string;
	/**
	 * Plain text with line breaks: the full title and what the meeting is, its format and working
	 * language, whether registration is required, its links and whom to contact.
	 */
	details: string;
	/**
	 * The details without the full title and what the meeting is, for the add-to-calendar links and
	 * the calendar feed: the event is named by its short title; a link carries its text
	 * percent-encoded (six bytes for each Cyrillic letter), three links on every meeting page, and a
	 * feed is downloaded again and again; the notes still point to the announcement, which says it
	 * all. The meeting's own .ics file keeps both.
	 */
	briefDetails: string;
	/**
	 * The venue, and for virtual or hybrid meetings the meeting link; with plain spaces, as
	 * calendar apps look the address up on a map.
	 */
	location: string;
	/** This site's page about the meeting, in the same language. */
	url: string;
	start: Date;
	end: Date;
}

/** Minutes before the start at which calendar apps remind the reader. */
export const REMINDER_MINUTES = 30;

/** The page about the meeting as an absolute URL on the site. */
export function meetingUrl(meeting: LocalizedMeeting, site: URL): string {
	return new URL(meetingPath(meeting.locale, meeting.slug), site).href;
}

export function calendarEntry(meeting: LocalizedMeeting, site: URL): CalendarEntry {
	const { facts, text, locale } = meeting;
	const t = useTranslations(locale);
	const window = meetingWindow(facts.schedule);
	const { start, end } = window;
	const url = meetingUrl(meeting, site);
	// Calendars show the visitor's own time; the description keeps the meeting's, with its offset.
	const time = formatMeetingTime(window, locale, text.timeZonePlace);
	const when = isSameDay(window) ? `${formatDate(start, locale)}, ${time}` : time;
	const contacts = [facts.contacts.email, facts.contacts.phone].filter(Boolean).join(', ');
	const { meeting: meetingLink, registration } = facts.links;
	// "Label: value" lines; a value that is not a name continues the line in small letters.
	const format = uncapitalized(t(`meeting.format.${facts.format}`), locale);
	const lines = [
		`${t('calendar.details.when')}: ${when}`,
		`${t('meeting.format')}: ${format}`,
		`${t('meeting.language')}: ${workingLanguagesText(facts.workingLanguages, locale)}`,
		t(
			facts.participation.registrationRequired
				? 'meeting.registration.required'
				: 'meeting.registration.optional',
		),
		`${t('calendar.details.meetingPage')}: ${meetingLink}`,
		...(registration !== meetingLink ? [`${t('meeting.registration')}: ${registration}`] : []),
		`${t('calendar.details.announcement')}: ${url}`,
		...(contacts ? [`${t('meeting.contacts')}: ${contacts}`] : []),
	];
	const place = text.venue ? [`${text.venue.name}, ${text.venue.address}`] : [];
	const online = facts.format === 'in-person' ? [] : [facts.links.meeting];
	return {
		title: text.shortTitle,
		details: [text.title, '', text.description, '', ...lines].join('\n'),
		briefDetails: lines.join('\n'),
		location: plainSpaces([...place, ...online].join(' · ')),
		url,
		start: start.toJSDate(),
		end: end.toJSDate(),
	};
}

/**
 * The meeting as a VEVENT: the same UID in every language, as it is the same event. `brief` gives
 * the short notes (for the feed) instead of the whole text.
 */
export function meetingEvent(
	meeting: LocalizedMeeting,
	site: URL,
	{ brief = false }: { brief?: boolean } = {},
): IcsEvent {
	const entry = calendarEntry(meeting, site);
	const convener = meeting.facts.organizers.find((organizer) => organizer.role === 'organizer')!;
	return {
		uid: `${meeting.slug}@${site.host}`,
		// The circular's date, not the build's clock: rebuilding the same content gives the same file.
		stamp: new Date(`${meeting.facts.circular.date}T00:00:00Z`),
		sequence: meeting.facts.revision ?? 0,
		start: entry.start,
		end: entry.end,
		summary: entry.title,
		description: brief ? entry.briefDetails : entry.details,
		location: entry.location,
		url: entry.url,
		organizer: {
			name: meeting.text.organizers[convener.id]?.name ?? convener.id,
			email: meeting.facts.contacts.email,
		},
		language: meeting.locale,
		alarmMinutesBefore: REMINDER_MINUTES,
	};
}

const productId = (site: URL, locale: Locale) =>
	`-//${site.host}//International meetings//${locale.toUpperCase()}`;

/** Each key deadline as an all-day event on its date, in the same language. */
export function deadlineEvents(meeting: LocalizedMeeting, site: URL): IcsAllDayEvent[] {
	const { facts, text, locale, slug } = meeting;
	const t = useTranslations(locale);
	const url = meetingUrl(meeting, site);
	return (facts.keyDeadlines ?? []).map(({ id, date }) => ({
		uid: `${slug}/deadline/${id}@${site.host}`,
		stamp: new Date(`${facts.circular.date}T00:00:00Z`),
		sequence: facts.revision ?? 0,
		date,
		summary: t('calendar.deadline', {
			// After the colon the line goes on in small letters: «Крайний срок: представление вкладов».
			what: uncapitalized(text.keyDeadlines?.[id] ?? id, locale),
			meeting: text.shortTitle,
		}),
		description: `${text.title}\n${t('calendar.details.announcement')}: ${url}`,
		url,
		language: locale,
	}));
}

/** The .ics file of one meeting, with its key deadlines as all-day events. */
export function meetingCalendar(meeting: LocalizedMeeting, site: URL): string {
	return buildCalendar({
		productId: productId(site, meeting.locale),
		events: [meetingEvent(meeting, site), ...deadlineEvents(meeting, site)],
	});
}

/** How far back the feed reaches: meetings that ended longer ago stay in their own .ics files. */
export const FEED_MONTHS = 12;

/** Whether a meeting belongs in the feed at `now`: not over, or over within FEED_MONTHS. */
export function inCalendarFeed(meeting: LocalizedMeeting, now: number): boolean {
	const since = DateTime.fromMillis(now, { zone: 'UTC' }).minus({ months: FEED_MONTHS });
	return meetingWindow(meeting.facts.schedule).end >= since;
}

/**
 * The meetings of one language that calendar apps subscribe to and refetch twice a day: every
 * upcoming one and those of the last FEED_MONTHS months, so the file stays small as years of
 * meetings pile up. Without reminders: a subscriber follows every meeting, and would be alerted
 * before each; the meeting's own .ics file, added on purpose, keeps its reminder.
 */
export function calendarFeed(
	meetings: LocalizedMeeting[],
	locale: Locale,
	site: URL,
	now: number,
): string {
	const t = useTranslations(locale);
	return buildCalendar({
		productId: productId(site, locale),
		name: t('site.name'),
		description: t('site.tagline'),
		refreshHours: 12,
		events: meetings
			.filter((meeting) => inCalendarFeed(meeting, now))
			// A subscriber's app downloads the whole feed again and again: each event's notes are the
			// links' short ones (the facts and links, the announcement's address), without the full
			// title and description that the meeting's own .ics file carries, and no reminder.
			.map((meeting) => ({
				...meetingEvent(meeting, site, { brief: true }),
				alarmMinutesBefore: undefined,
			})),
	});
}
