// schema.org Event for a meeting page, as JSON-LD that search engines read, and its safe
// serialisation inside a <script> element.

import type { MeetingFormat } from '../../schemas/meeting.ts';
import { meetingUrl } from '../calendar/events.ts';
import { conveningOrder, type LocalizedMeeting } from '../meeting.ts';
import { meetingWindow } from '../format/meeting-time.ts';
import { plainSpaces } from '../format/typography.ts';

const attendanceModes: Record<MeetingFormat, string> = {
	virtual: 'https://schema.org/OnlineEventAttendanceMode',
	'in-person': 'https://schema.org/OfflineEventAttendanceMode',
	hybrid: 'https://schema.org/MixedEventAttendanceMode',
};

/** ISO 8601 with the meeting zone's offset and no milliseconds: 2023-06-20T09:30:00+02:00. */
function withOffset(date: ReturnType<typeof meetingWindow>['start']): string {
	return date.toISO({ suppressMilliseconds: true })!;
}

export function meetingEventJsonLd(meeting: LocalizedMeeting, site: URL, imageUrl: string) {
	const { facts, text } = meeting;
	const { start, end } = meetingWindow(facts.schedule);
	const online = { '@type': 'VirtualLocation', url: facts.links.meeting };
	const place = text.venue && {
		'@type': 'Place',
		name: text.venue.name,
		// An address for maps: plain spaces, not the page's no-break ones.
		address: plainSpaces(text.venue.address),
	};
	const location =
		facts.format === 'virtual' ? online : facts.format === 'in-person' ? place : [place, online];
	// The convener first, then the co-organisers; schema.org has no separate co-organiser property.
	const organizers = conveningOrder(facts.organizers).map((organizer) => ({
		'@type': 'Organization',
		name: text.organizers[organizer.id]?.name ?? organizer.id,
		url: organizer.url,
	}));
	const languages = facts.workingLanguages;
	return {
		'@context': 'https://schema.org',
		'@type': 'Event',
		name: text.title,
		description: text.description,
		startDate: withOffset(start),
		endDate: withOffset(end),
		eventAttendanceMode: attendanceModes[facts.format],
		eventStatus: 'https://schema.org/EventScheduled',
		location,
		organizer: organizers,
		isAccessibleForFree: facts.participation.free,
		inLanguage: languages.length === 1 ? languages[0] : languages,
		url: meetingUrl(meeting, site),
		image: [imageUrl],
		// A meeting of an initiative is one of its series; TSAG or a study group names none.
		...(facts.initiative &&
			text.initiative && {
				superEvent: {
					'@type': 'EventSeries',
					name: text.initiative.name,
					url: facts.initiative.url,
				},
			}),
	};
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is written as \u003c so that text such as
 * "</script>" inside a value cannot end the element; JSON parsers read it back unchanged.
 */
export function serializeJsonLd(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
