// "Add to calendar" links for Google Calendar, Outlook.com and Microsoft 365, with UTC times.
// Written here rather than taken from a library: three URL templates, each checked by a test.

import { formatUtc } from './ics.ts';
import type { CalendarEntry } from './events.ts';

/** Query string with every value percent-encoded (spaces as %20, which all three services read). */
function query(params: Record<string, string>): string {
	return Object.entries(params)
		.map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
		.join('&');
}

/** 2023-06-20T07:30:00Z, the form Outlook's `startdt`/`enddt` take for UTC. */
function isoUtc(date: Date): string {
	return date.toISOString().replace(/\.\d{3}/, '');
}

export function googleCalendarUrl(entry: CalendarEntry): string {
	return `https://calendar.google.com/calendar/render?${query({
		action: 'TEMPLATE',
		text: entry.title,
		// Google takes the iCalendar form, 20230620T073000Z.
		dates: `${formatUtc(entry.start)}/${formatUtc(entry.end)}`,
		details: entry.briefDetails,
		location: entry.location,
	})}`;
}

export const outlookHosts = {
	/** Personal Microsoft accounts (Outlook.com, Hotmail). */
	live: 'outlook.live.com',
	/** Work and school accounts (Microsoft 365). */
	office: 'outlook.office.com',
} as const;

/**
 * The compose deep link that Outlook on the web opens on desktop and mobile browsers, as described
 * by InteractionDesignFoundation/add-event-to-calendar-docs (Microsoft documents none).
 */
export function outlookCalendarUrl(entry: CalendarEntry, host: keyof typeof outlookHosts): string {
	return `https://${outlookHosts[host]}/calendar/deeplink/compose?${query({
		path: '/calendar/action/compose',
		rru: 'addevent',
		subject: entry.title,
		startdt: isoUtc(entry.start),
		enddt: isoUtc(entry.end),
		body: entry.briefDetails,
		location: entry.location,
	})}`;
}
