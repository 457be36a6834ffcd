// Loads the meeting collections, joins each meeting's facts with its text in every language,
// and stops the build when the files of a meeting disagree.

import { getCollection, type CollectionEntry } from 'astro:content';

import { locales, type Locale } from '../i18n/locales.ts';
import type { MeetingContent } from '../lib/meeting-calendar.ts';
import { checkMeetingFiles, formatProblems, type ContentProblem } from '../lib/meeting-files.ts';
import { meetingWindow } from '../lib/schedule.ts';
import type { Meeting } from '../schemas/meeting.ts';

export interface LocalizedMeeting {
	slug: string;
	locale: Locale;
	facts: Meeting;
	text: CollectionEntry<'meetingTexts'>;
}

let cache: Promise<Map<string, Record<Locale, LocalizedMeeting>>> | undefined;

async function loadAll() {
	const [facts, texts] = await Promise.all([
		getCollection('meetings'),
		getCollection('meetingTexts'),
	]);
	const slugs = new Set([
		...facts.map((entry) => entry.id),
		...texts.map((entry) => entry.id.split('/')[0]!),
	]);
	const problems: ContentProblem[] = [];
	const joined = new Map<string, Record<Locale, LocalizedMeeting>>();
	for (const slug of [...slugs].sort()) {
		const factsEntry = facts.find((entry) => entry.id === slug);
		const textEntries = Object.fromEntries(
			texts
				.filter((entry) => entry.id.split('/')[0] === slug)
				.map((entry) => [entry.id.split('/')[1]!, entry]),
		);
		const found = checkMeetingFiles({
			slug,
			...(factsEntry && { facts: factsEntry.data }),
			texts: Object.fromEntries(
				Object.entries(textEntries).map(([lang, entry]) => [lang, entry.data]),
			),
		});
		problems.push(...found);
		if (found.length > 0 || !factsEntry) continue;
		const byLocale = Object.fromEntries(
			locales.map((locale) => [
				locale,
				{ slug, locale, facts: factsEntry.data, text: textEntries[locale]! },
			]),
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
	return all.sort(
		(a, b) =>
			meetingWindow(b.facts.schedule).start.toMillis() -
			meetingWindow(a.facts.schedule).start.toMillis(),
	);
}

/** The meeting as plain data for src/lib (calendar files, links, JSON-LD, share image). */
export function meetingContent(meeting: LocalizedMeeting): MeetingContent {
	return {
		slug: meeting.slug,
		locale: meeting.locale,
		facts: meeting.facts,
		copy: meeting.text.data,
	};
}
