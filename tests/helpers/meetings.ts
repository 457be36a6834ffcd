// The real meeting (facts plus text in one language) as the plain data src/lib works with, typeset
// as the site prints it.
import { fileURLToPath } from 'node:url';

import { locales, type Locale } from '../../src/i18n/locales.ts';
import { readMeetingFolder } from '../../src/lib/content/files.ts';
import { localizeMeeting, type LocalizedMeeting } from '../../src/lib/meeting.ts';
import { placeholderSite } from '../../src/lib/seo/site-address.ts';
import { MeetingSchema } from '../../src/schemas/meeting.ts';
import { MeetingTextSchema } from '../../src/schemas/meeting-text.ts';
import { readFacts, readFrontmatter } from './content.ts';

/** The address a build without SITE uses, as the tests' builds do. */
export const site = new URL(placeholderSite);

export function localizedMeeting(slug: string, locale: Locale): LocalizedMeeting {
	return localizeMeeting(
		slug,
		locale,
		MeetingSchema.parse(readFacts(slug)),
		MeetingTextSchema.parse(readFrontmatter(slug, locale)),
	);
}

export const u4ssc7 = Object.fromEntries(
	locales.map((locale) => [locale, localizedMeeting('u4ssc-7', locale)]),
) as Record<Locale, LocalizedMeeting>;

const fixturesDir = fileURLToPath(new URL('../fixtures/meetings/', import.meta.url));

/** A meeting of tests/fixtures/meetings, as the site's code sees it. */
export function fixtureMeeting(slug: string, locale: Locale): LocalizedMeeting {
	const folder = readMeetingFolder(fixturesDir, slug);
	return localizeMeeting(
		slug,
		locale,
		MeetingSchema.parse(folder.facts),
		MeetingTextSchema.parse(folder.texts[locale]),
	);
}
