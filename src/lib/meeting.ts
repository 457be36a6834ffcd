// One meeting in one language: what every page, calendar file and share image of it is made from.

import type { Locale } from '../i18n/locales.ts';
import type { Meeting } from '../schemas/meeting.ts';
import type { MeetingText } from '../schemas/meeting-text.ts';

export interface LocalizedMeeting {
	/** The meeting's folder name, which is also its address: u4ssc-7. */
	slug: string;
	locale: Locale;
	/** meeting.json: the same in every language. */
	facts: Meeting;
	/** The front matter of `<locale>.mdx`. */
	text: MeetingText;
}
