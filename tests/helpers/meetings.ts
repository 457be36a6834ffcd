// A fixture meeting (facts plus text in one language) as the plain data src/lib works with, typeset
// as the site prints it.
import { locales, type Locale } from '../../src/i18n/locales.ts';
import { localizeMeeting, type LocalizedMeeting } from '../../src/lib/meeting.ts';
import { placeholderSite } from '../../src/lib/seo/site-address.ts';
import { MeetingSchema } from '../../src/schemas/meeting.ts';
import { MeetingTextSchema } from '../../src/schemas/meeting-text.ts';
import { readFacts, readFrontmatter } from './content.ts';

/** The address a build without SITE uses, as the tests' builds do. */
export const site = new URL(placeholderSite);

/** A meeting of tests/fixtures/meetings, as the site's code sees it. */
export function fixtureMeeting(slug: string, locale: Locale): LocalizedMeeting {
	return localizeMeeting(
		slug,
		locale,
		MeetingSchema.parse(readFacts(slug)),
		MeetingTextSchema.parse(readFrontmatter(slug, locale)),
	);
}

/** The fixture copy of the 7th U4SSC meeting, in each language. */
export const u4ssc7 = Object.fromEntries(
	locales.map((locale) => [locale, fixtureMeeting('u4ssc-7', locale)]),
) as Record<Locale, LocalizedMeeting>;
