// Meetings made up for the tests of lists, archives, feeds and search: as many as a test needs,
// spread over the years it needs, each a virtual variant of the fixture meeting
// smart-cities-summit-2 (so a change of the content model reaches them through that fixture).
// Never the published meetings.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import yaml from 'js-yaml';

import { locales, type Locale } from '../../src/i18n/locales.ts';
import { readMeetingFolder } from '../../src/lib/content/files.ts';
import type { LocalizedMeeting } from '../../src/lib/meeting.ts';
import { MeetingSchema } from '../../src/schemas/meeting.ts';
import { MeetingTextSchema } from '../../src/schemas/meeting-text.ts';

const fixtures = fileURLToPath(new URL('../fixtures/meetings/', import.meta.url));
const base = readMeetingFolder(fixtures, 'smart-cities-summit-2');

export interface MeetingSpec {
	slug: string;
	/** Local start and end in `timeZone`: 2024-03-05T10:00. */
	start: string;
	end: string;
	timeZone?: string;
	series?: string;
	/** The circular's date, which dates the announcement in the news feed; a month before by default. */
	circularDate?: string;
	title?: Partial<Record<Locale, string>>;
	/** The paragraphs below the front matter. */
	body?: Partial<Record<Locale, string>>;
}

const monthBefore = (local: string) => {
	const date = new Date(`${local.slice(0, 10)}T00:00:00Z`);
	date.setUTCMonth(date.getUTCMonth() - 1);
	return date.toISOString().slice(0, 10);
};

/** The files of one generated meeting: meeting.json's object, and per language front matter and body. */
export function meetingFiles(spec: MeetingSpec, index = 1) {
	const facts = structuredClone(base.facts) as Record<string, any>;
	facts.series = { id: spec.series ?? 'generated', number: index };
	facts.circular = { number: 1000 + index, date: spec.circularDate ?? monthBefore(spec.start) };
	facts.format = 'virtual';
	facts.schedule = { start: spec.start, end: spec.end, timeZone: spec.timeZone ?? 'Europe/Zurich' };
	const texts = Object.fromEntries(
		locales.map((locale) => {
			const text = structuredClone(base.texts[locale]) as Record<string, any>;
			delete text.programme;
			delete text.venue;
			const title =
				spec.title?.[locale] ?? `${locale === 'ru' ? 'Собрание' : 'Meeting'} ${spec.slug}`;
			text.title = title;
			text.shortTitle = title;
			text.description = title;
			text.timeZonePlace = locale === 'ru' ? 'Женева' : 'Geneva';
			return [locale, text];
		}),
	) as Record<Locale, Record<string, any>>;
	const bodies = Object.fromEntries(
		locales.map((locale) => [locale, spec.body?.[locale] ?? texts[locale].title]),
	) as Record<Locale, string>;
	return { facts, texts, bodies };
}

/** The meeting in each language, as src/lib sees it after the schemas. */
export function generatedMeeting(spec: MeetingSpec, index = 1): Record<Locale, LocalizedMeeting> {
	const { facts, texts } = meetingFiles(spec, index);
	return Object.fromEntries(
		locales.map((locale) => [
			locale,
			{
				slug: spec.slug,
				locale,
				facts: MeetingSchema.parse(facts),
				text: MeetingTextSchema.parse(texts[locale]),
			},
		]),
	) as Record<Locale, LocalizedMeeting>;
}

/** Writes the meetings as content folders under `dir` (a MEETINGS_DIR for a build). */
export function writeMeetings(dir: string, specs: readonly MeetingSpec[]): void {
	specs.forEach((spec, index) => {
		const { facts, texts, bodies } = meetingFiles(spec, index + 1);
		const folder = join(dir, spec.slug);
		mkdirSync(folder, { recursive: true });
		writeFileSync(join(folder, 'meeting.json'), `${JSON.stringify(facts, null, '\t')}\n`);
		for (const locale of locales) {
			const frontMatter = yaml.dump(texts[locale], { lineWidth: -1 });
			writeFileSync(join(folder, `${locale}.mdx`), `---\n${frontMatter}---\n\n${bodies[locale]}\n`);
		}
	});
}
