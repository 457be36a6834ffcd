// Rules that span several files of one meeting: both languages present, and saying the same things.

import { DateTime } from 'luxon';

import { locales, type Locale } from '../../i18n/locales.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import type { MeetingText } from '../../schemas/meeting-text.ts';
import { placeholderMark, slug as slugSchema } from '../../schemas/common.ts';

export interface ContentProblem {
	/** Path of the file, relative to the project: content/meetings/u4ssc-7/ru.mdx */
	file: string;
	/** Dotted path of the field, or '' for the file as a whole. */
	field: string;
	/** Line in the file, when the mistake is one of syntax (invalid JSON or YAML). */
	line?: number;
	message: string;
}

export interface MeetingFiles {
	slug: string;
	facts?: Meeting;
	texts: Partial<Record<string, MeetingText>>;
	/** The folder holding the meetings, as shown in messages; content/meetings unless configured. */
	base?: string;
	/** The MDX text below each language file's front matter, when known. */
	bodies?: Partial<Record<string, string | undefined>>;
}

/** Lists every problem across a meeting's files; an empty list means the meeting can be published. */
export function checkMeetingFiles({
	slug,
	facts,
	texts,
	base = 'content/meetings',
	bodies = {},
}: MeetingFiles): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const dir = `${base}/${slug}`;
	if (!facts) {
		problems.push({
			file: `${dir}/meeting.json`,
			field: '',
			message: 'is missing: every meeting needs its facts file',
		});
	}
	for (const name of Object.keys(texts)) {
		if (!(locales as readonly string[]).includes(name)) {
			problems.push({
				file: `${dir}/${name}.mdx`,
				field: '',
				message: `is not a language of the site; name the text files ${locales.map((l) => `${l}.mdx`).join(' and ')}`,
			});
		}
	}
	for (const [name, body] of Object.entries(bodies)) {
		const placeholder = body?.split('\n').find((line) => line.includes(placeholderMark));
		if (placeholder) {
			problems.push({
				file: `${dir}/${name}.mdx`,
				field: 'body',
				message: `the text below the front matter still holds the placeholder "${placeholder.trim()}"; write the paragraphs about the meeting in its place`,
			});
		}
	}
	const present = locales.filter((locale) => texts[locale]);
	for (const locale of locales) {
		if (!texts[locale]) {
			problems.push({
				file: `${dir}/${locale}.mdx`,
				field: '',
				message: 'is missing: every meeting needs its text in every language of the site',
			});
		}
	}
	if (facts) {
		problems.push(...checkStartAgainstCircular(`${dir}/meeting.json`, facts));
		for (const locale of present) {
			const file = `${dir}/${locale}.mdx`;
			const text = texts[locale]!;
			problems.push(
				...matchKeys(
					file,
					'organizers',
					'organiser',
					facts.organizers.map((o) => o.id),
					text.organizers,
				),
				...matchKeys(
					file,
					'programme',
					'session',
					(facts.schedule.programme ?? []).map((s) => s.id),
					text.programme ?? {},
				),
				...matchKeys(
					file,
					'keyDeadlines',
					'deadline',
					(facts.keyDeadlines ?? []).map((d) => d.id),
					text.keyDeadlines ?? {},
				),
			);
			if (facts.initiative && !text.initiative) {
				problems.push({
					file,
					field: 'initiative',
					message: 'is missing: meeting.json names an initiative, so give its name and goal here',
				});
			}
			if (!facts.initiative && text.initiative) {
				problems.push({
					file,
					field: 'initiative',
					message:
						'is given, but meeting.json names no initiative; remove it, or add the initiative to meeting.json',
				});
			}
			if (facts.format === 'virtual' && text.venue) {
				problems.push({
					file,
					field: 'venue',
					message: 'is given, but meeting.json says the meeting is virtual; remove it',
				});
			}
			if (facts.format !== 'virtual' && !text.venue) {
				problems.push({
					file,
					field: 'venue',
					message: `is missing: meeting.json says the meeting is ${facts.format}, so say where it takes place`,
				});
			}
		}
	}
	if (facts) problems.push(...checkDeadlines(dir, facts));
	problems.push(...compareLanguages(dir, present, texts as Record<Locale, MeetingText>));
	return problems;
}

/** A deadline falls on or before the meeting's last day; a later one is a typo in its date. */
function checkDeadlines(dir: string, facts: Meeting): ContentProblem[] {
	const lastDay = facts.schedule.end.slice(0, 'YYYY-MM-DD'.length);
	return (facts.keyDeadlines ?? []).flatMap((deadline, index) =>
		deadline.date > lastDay
			? [
					{
						file: `${dir}/meeting.json`,
						field: `keyDeadlines.${index}.date`,
						message: `${deadline.date} is after the meeting ends (${lastDay}); a deadline falls before or during the meeting`,
					},
				]
			: [],
	);
}

/** A circular announces a meeting months ahead: from a year before to three years after its date. */
export const startWindow = { yearsBefore: 1, yearsAfter: 3 } as const;

/**
 * A start years away from the circular's date is a typo in a year (2203 for 2023), which would
 * publish a meeting in another century; meeting.json holds both dates, but they are two objects.
 */
function checkStartAgainstCircular(file: string, facts: Meeting): ContentProblem[] {
	const circular = DateTime.fromISO(facts.circular.date, { zone: 'UTC' });
	const start = DateTime.fromISO(facts.schedule.start, { zone: 'UTC' });
	if (!circular.isValid || !start.isValid) return [];
	const earliest = circular.minus({ years: startWindow.yearsBefore });
	const latest = circular.plus({ years: startWindow.yearsAfter });
	if (start >= earliest && start <= latest) return [];
	const years = Math.abs(start.diff(circular, 'years').years);
	const distance = years >= 2 ? `${Math.round(years)} years` : `${Math.round(years * 12)} months`;
	return [
		{
			file,
			field: 'schedule.start',
			message: `${facts.schedule.start} is ${distance} ${start < circular ? 'before' : 'after'} the circular's date (${facts.circular.date}); a meeting starts at most ${startWindow.yearsBefore} year before and ${startWindow.yearsAfter} years after its circular, so check the year of both`,
		},
	];
}

/** Each id in meeting.json needs its entry in the language file, and the file names no others. */
function matchKeys(
	file: string,
	field: string,
	what: string,
	ids: string[],
	entries: Record<string, unknown>,
): ContentProblem[] {
	const names = Object.keys(entries);
	return [
		...ids
			.filter((id) => !names.includes(id))
			.map((id) => ({
				file,
				field: `${field}.${id}`,
				message: `is missing: meeting.json lists the ${what} "${id}", so give its ${{ session: 'title', deadline: 'wording (what is due)' }[what] ?? 'name'} here`,
			})),
		...names
			.filter((name) => !ids.includes(name))
			.map((name) => ({
				file,
				field: `${field}.${name}`,
				message: `is not listed in meeting.json (it lists ${ids.join(', ') || 'none'}); remove it or add it there`,
			})),
	];
}

/** Lists that must have one item per item in every language, so no language says less. */
const parallelLists = [
	['objectives', (text: MeetingText) => text.objectives],
	['eligibility', (text: MeetingText) => text.eligibility],
	['circular.addressees', (text: MeetingText) => text.circular.addressees],
	['circular.copiesTo', (text: MeetingText) => text.circular.copiesTo],
] as const;

function compareLanguages(
	dir: string,
	present: Locale[],
	texts: Record<Locale, MeetingText>,
): ContentProblem[] {
	const [first, ...rest] = present;
	if (!first) return [];
	const problems: ContentProblem[] = [];
	for (const locale of rest) {
		for (const [field, list] of parallelLists) {
			const expected = list(texts[first]).length;
			const actual = list(texts[locale]).length;
			if (actual !== expected) {
				problems.push({
					file: `${dir}/${locale}.mdx`,
					field,
					message: `has ${actual} items but ${first}.mdx has ${expected}; every language must list the same items`,
				});
			}
		}
		if (
			texts[first].initiative &&
			texts[locale].initiative &&
			Boolean(texts[first].initiative.abbreviation) !==
				Boolean(texts[locale].initiative.abbreviation)
		) {
			problems.push({
				file: `${dir}/${locale}.mdx`,
				field: 'initiative.abbreviation',
				message: `is given in one language and not the other (${first}.mdx); give it in both or neither`,
			});
		}
	}
	return problems;
}

/** One readable block: `content/meetings/x/ru.mdx → objectives: has 5 items…`. */
export function formatProblems(problems: ContentProblem[]): string {
	return problems
		.map(
			({ file, line, field, message }) =>
				`  ${file}${line ? `:${line}` : ''}${field ? ` → ${field}` : ''}: ${message}`,
		)
		.join('\n');
}

/**
 * Rules across meetings: a folder name is the meeting's address, so it must be a valid slug,
 * and a copied folder whose facts were not changed would publish the same meeting twice.
 */
export function checkAcrossMeetings(
	meetings: { slug: string; facts?: Pick<Meeting, 'series'> | undefined }[],
	base = 'content/meetings',
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const bySeries = new Map<string, string>();
	const slugs = meetings.map((meeting) => meeting.slug);
	for (const { slug, facts } of meetings) {
		if (!slugSchema.safeParse(slug).success) {
			const twin = slugs.find(
				(other) => other !== slug && other.toLowerCase() === slug.toLowerCase(),
			);
			problems.push({
				file: `${base}/${slug}`,
				field: '',
				message: twin
					? `differs from ${base}/${twin} only in capital letters; both would be the same meeting, so keep one folder`
					: `is not a valid folder name: it becomes the address /en/meetings/<name>/, so use only lower-case letters, digits and single hyphens, for example "${suggestSlug(slug)}"`,
			});
		}
		if (!facts) continue;
		const key = `${facts.series.id}#${facts.series.number}`;
		const first = bySeries.get(key);
		if (first !== undefined) {
			problems.push({
				file: `${base}/${slug}/meeting.json`,
				field: 'series.number',
				message: `says this is meeting ${facts.series.number} of "${facts.series.id}", as ${base}/${first}/meeting.json does; give the right number, or remove the copied folder`,
			});
		} else {
			bySeries.set(key, slug);
		}
	}
	return problems;
}

function suggestSlug(name: string): string {
	return (
		name
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '') || 'u4ssc-8'
	);
}
