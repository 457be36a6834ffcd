// Loads the meeting collections, joins each meeting's facts with its text in every language,
// and stops the build when the files of a meeting disagree. Astro's build only (astro:content).

import { createHash } from 'node:crypto';

import { getCollection, render, type CollectionEntry } from 'astro:content';

import { locales, type Locale } from '../i18n/locales.ts';
import { buildNow } from '../lib/archive/clock.ts';
import { meetingsDir } from '../lib/content/meetings-dir.ts';
import {
	checkAcrossMeetings,
	checkMeetingFiles,
	formatProblems,
	type ContentProblem,
} from '../lib/content/rules.ts';
import { meetingWindow } from '../lib/format/meeting-time.ts';
import { localizeMeeting, type LocalizedMeeting } from '../lib/meeting.ts';
import { deadlinePassed } from '../lib/time/deadlines.ts';
import { hasEnded } from '../lib/time/phase.ts';

export type { LocalizedMeeting };

/** Each meeting's text file as Astro loaded it, for rendering the MDX below its front matter. */
const entries = new WeakMap<LocalizedMeeting, CollectionEntry<'meetingTexts'>>();

let cache: Promise<Map<string, Record<Locale, LocalizedMeeting>>> | undefined;

async function loadAll() {
	const [facts, texts] = await Promise.all([
		getCollection('meetings'),
		getCollection('meetingTexts'),
	]);
	const factsBySlug = new Map(facts.map((entry) => [entry.id, entry]));
	// Text ids are "<slug>/<language>".
	const textsBySlug = new Map<string, Record<string, CollectionEntry<'meetingTexts'>>>();
	for (const entry of texts) {
		const [slug, language] = entry.id.split('/') as [string, string];
		textsBySlug.set(slug, { ...textsBySlug.get(slug), [language]: entry });
	}
	const base = meetingsDir();
	const sorted = [...new Set([...factsBySlug.keys(), ...textsBySlug.keys()])].sort();
	const problems: ContentProblem[] = checkAcrossMeetings(
		sorted.map((slug) => ({ slug, facts: factsBySlug.get(slug)?.data })),
		base,
	);
	const joined = new Map<string, Record<Locale, LocalizedMeeting>>();
	for (const slug of sorted) {
		const factsEntry = factsBySlug.get(slug);
		const textEntries = textsBySlug.get(slug) ?? {};
		const found = checkMeetingFiles({
			slug,
			base,
			...(factsEntry && { facts: factsEntry.data }),
			texts: Object.fromEntries(
				Object.entries(textEntries).map(([lang, entry]) => [lang, entry.data]),
			),
			bodies: Object.fromEntries(
				Object.entries(textEntries).map(([lang, entry]) => [lang, entry.body]),
			),
		});
		problems.push(...found);
		if (found.length > 0 || !factsEntry) continue;
		const byLocale = Object.fromEntries(
			locales.map((locale) => {
				const entry = textEntries[locale]!;
				const meeting = localizeMeeting(slug, locale, factsEntry.data, entry.data);
				entries.set(meeting, entry);
				return [locale, meeting];
			}),
		) as Record<Locale, LocalizedMeeting>;
		joined.set(slug, byLocale);
	}
	if (problems.length > 0) {
		throw new Error(
			`The meeting content has ${problems.length} problem(s):\n${formatProblems(problems)}`,
		);
	}
	return joined;
}

/** Every meeting in one language, the latest start first. */
export async function getMeetings(locale: Locale): Promise<LocalizedMeeting[]> {
	cache ??= loadAll();
	const all = [...(await cache).values()].map((byLocale) => byLocale[locale]);
	const starts = new Map(
		all.map((meeting) => [meeting, meetingWindow(meeting.facts.schedule).start.toMillis()]),
	);
	return all.sort((a, b) => starts.get(b)! - starts.get(a)!);
}

/** The meeting's paragraphs (the MDX below the front matter), ready to render. */
export function renderMeetingText(meeting: LocalizedMeeting) {
	const entry = entries.get(meeting);
	if (!entry)
		throw new Error(`${meeting.slug}/${meeting.locale}.mdx was not loaded by getMeetings()`);
	return render(entry);
}

/**
 * What a meeting's routes show that depends on the build's clock, through the same functions:
 * whether the meeting is over (hasEnded: MeetingStatus, AddToCalendar) and which of its key
 * deadlines have passed (deadlinePassed: KeyDeadlines).
 */
export function clockState(meeting: LocalizedMeeting, now = buildNow()) {
	const { schedule, keyDeadlines = [] } = meeting.facts;
	const window = meetingWindow(schedule);
	return {
		ended: hasEnded(now, window.start.toMillis(), window.end.toMillis()),
		passed: keyDeadlines
			.filter(({ date }) => deadlinePassed(now, date, schedule.timeZone))
			.map(({ id }) => id),
	};
}

/**
 * A hash of everything of a meeting that its routes are made from: its facts, its text in the
 * page's language (front matter and body) and its clock state. Astro's incremental build
 * (astro.config.mjs) copies a route's output from the last build when this key and the route's
 * code are unchanged; the site's address, config and packages are in Astro's own checks.
 */
export function meetingCacheKey(meeting: LocalizedMeeting): string {
	const { slug, locale, facts, text } = meeting;
	const body = entries.get(meeting)?.body ?? '';
	return createHash('sha256')
		.update(JSON.stringify([slug, locale, facts, text, body, clockState(meeting)]))
		.digest('base64url');
}

/**
 * One route per meeting and language, for the meeting page and the files beside it, each with
 * the cache key that lets a rebuild reuse it when the meeting has not changed.
 */
export async function meetingPaths() {
	const perLocale = await Promise.all(locales.map((locale) => getMeetings(locale)));
	return perLocale.flat().map((meeting) => ({
		params: { locale: meeting.locale, slug: meeting.slug },
		props: { meeting },
		cacheKey: meetingCacheKey(meeting),
	}));
}

/**
 * One route per language and group of meetings (a year, a series): `param` names the group in
 * the address, and the page gets the group's meetings.
 */
export async function groupPaths<K extends string | number>(
	param: string,
	group: (meetings: LocalizedMeeting[]) => Map<K, LocalizedMeeting[]>,
) {
	const perLocale = await Promise.all(
		locales.map(async (locale) => ({ locale, groups: group(await getMeetings(locale)) })),
	);
	return perLocale.flatMap(({ locale, groups }) =>
		[...groups].map(([key, meetings]) => ({
			params: { locale, [param]: String(key) },
			props: { meetings },
		})),
	);
}
