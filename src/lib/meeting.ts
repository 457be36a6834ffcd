// One meeting in one language: what every page, calendar file and share image of it is made from.

import type { Locale } from '../i18n/locales.ts';
import type { Meeting } from '../schemas/meeting.ts';
import type { MeetingText } from '../schemas/meeting-text.ts';
import { typesetAll } from './format/typography.ts';

export interface LocalizedMeeting {
	/** The meeting's folder name, which is also its address: u4ssc-7. */
	slug: string;
	locale: Locale;
	/** meeting.json: the same in every language. */
	facts: Meeting;
	/** The front matter of `<locale>.mdx`, typeset for the language. */
	text: MeetingText;
}

/** The organizers, the convener (role `organizer`) first, then the co-organizers, each in order. */
export function conveningOrder(organizers: Meeting['organizers']): Meeting['organizers'] {
	return organizers.toSorted(
		(a, b) => Number(a.role !== 'organizer') - Number(b.role !== 'organizer'),
	);
}

/** Each organizer by its abbreviation, or its name where it has none, the convener first. */
export function organizerNames({ facts, text }: LocalizedMeeting): string[] {
	return conveningOrder(facts.organizers).map(
		({ id }) => text.organizers[id]!.abbreviation ?? text.organizers[id]!.name,
	);
}

/**
 * The meeting in one language as everything prints it: the text typeset once, here, so the page,
 * the calendar files and the share image all show the same no-break spaces, dashes and quotes.
 */
export function localizeMeeting(
	slug: string,
	locale: Locale,
	facts: Meeting,
	text: MeetingText,
): LocalizedMeeting {
	return { slug, locale, facts, text: typesetAll(text, locale) };
}
