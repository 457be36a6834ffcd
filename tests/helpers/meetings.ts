// The real meeting (facts plus text in one language) as the plain data src/lib works with.
import { locales, type Locale } from '../../src/i18n/locales.ts';
import type { MeetingContent } from '../../src/lib/calendar/events.ts';
import { MeetingSchema } from '../../src/schemas/meeting.ts';
import { MeetingTextSchema } from '../../src/schemas/meeting-text.ts';
import { readFacts, readFrontmatter } from './content.ts';

/** The address set in astro.config.mjs. */
export const site = new URL('https://meetings.example.org');

export function meetingContent(slug: string, locale: Locale): MeetingContent {
	return {
		slug,
		locale,
		facts: MeetingSchema.parse(readFacts(slug)),
		copy: MeetingTextSchema.parse(readFrontmatter(slug, locale)),
	};
}

export const u4ssc7 = Object.fromEntries(
	locales.map((locale) => [locale, meetingContent('u4ssc-7', locale)]),
) as Record<Locale, MeetingContent>;
