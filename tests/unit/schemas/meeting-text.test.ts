import { describe, expect, it } from 'vitest';

import { checkMeetingFiles, formatProblems } from '../../../src/lib/content/rules.ts';
import { MeetingSchema } from '../../../src/schemas/meeting.ts';
import { MeetingTextSchema, type MeetingText } from '../../../src/schemas/meeting-text.ts';
import { readFacts, readFrontmatter, variant } from '../../helpers/content.ts';

const facts = MeetingSchema.parse(readFacts('u4ssc-7'));
const en = MeetingTextSchema.parse(readFrontmatter('u4ssc-7', 'en'));
const ru = MeetingTextSchema.parse(readFrontmatter('u4ssc-7', 'ru'));

describe('MeetingTextSchema', () => {
	it('accepts both language files of the 7th U4SSC meeting', () => {
		expect(en.objectives).toHaveLength(6);
		expect(ru.objectives).toHaveLength(6);
		expect(en.circular.reference).toBe('TSB Circular 92');
		expect(ru.circular.reference).toBe('Циркуляр 92 БСЭ');
		expect(ru.eligibility).toHaveLength(5);
	});

	it('takes a short title of 60 characters and no link to the circular', () => {
		const text = variant(readFrontmatter('u4ssc-7', 'en'), (t: any) => {
			t.shortTitle = 'x'.repeat(60);
			delete t.circular.url;
		});
		expect(MeetingTextSchema.safeParse(text).success).toBe(true);
	});

	it.each([
		[
			'a misspelt key',
			(t: any) => (t.objectivs = t.objectives),
			': "objectivs" is not a field here; did you mean "objectives"? Correct the spelling',
		],
		[
			'an empty list of objectives',
			(t: any) => (t.objectives = []),
			'objectives: list at least one objective',
		],
		['a blank objective', (t: any) => (t.objectives[2] = '  '), 'objectives.2: must not be empty'],
		[
			'a title of the wrong type',
			(t: any) => (t.title = 7),
			'title: must be a text in quotes, not the number 7 (Full title of the meeting, as in the announcement)',
		],
		[
			'a title of a zero-width space alone',
			(t: any) => (t.title = '\u200b'),
			'title: has no visible letter or digit (only the invisible characters U+200B); write the text',
		],
		[
			'a title of zero-width and control characters around a space',
			(t: any) => (t.shortTitle = '\u200d \u2060\u0007'),
			'shortTitle: has no visible letter or digit (only the invisible characters U+200D, U+0020, U+2060, U+0007); write the text',
		],
		[
			'a title of punctuation alone',
			(t: any) => (t.title = '— … —'),
			'title: has no visible letter or digit',
		],
		[
			'a title reversed by a right-to-left override',
			(t: any) => (t.title = '7th meeting \u202Egnitsoh'),
			'title: holds the invisible control character U+202E, which can reorder or hide what readers see; delete it',
		],
		[
			'a missing place of the circular',
			(t: any) => delete t.circular.place,
			'circular.place: is missing; add it (Where it was issued: Geneva)',
		],
		[
			'a short title longer than a calendar grid shows (61 characters)',
			(t: any) => (t.shortTitle = 'x'.repeat(61)),
			'shortTitle: keep the short title within 60 characters; calendars show it in their day and week grids',
		],
		[
			'a link to the circular that is not https',
			(t: any) => (t.circular.url = 'http://www.itu.int/md/T22-TSB-CIR-0092/en'),
			'circular.url: "http://www.itu.int/md/T22-TSB-CIR-0092/en" must be an https:// address: plain http:// is not encrypted',
		],
	])('rejects %s, naming the field in an editor’s words', (_, change, expected) => {
		const result = MeetingTextSchema.safeParse(variant(readFrontmatter('u4ssc-7', 'en'), change));
		const found = result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
		expect(
			found.some((line) => line.startsWith(expected)),
			found.join('\n'),
		).toBe(true);
	});
});

it.each([
	['Ελληνικά 7', 'a title in Greek with a digit'],
	['会議', 'a title in Chinese'],
	['👩‍💻 U4SSC', 'a title with an emoji joined by a zero-width joiner'],
])('accepts %s (%s)', (title) => {
	const text = MeetingTextSchema.parse(
		variant(readFrontmatter('u4ssc-7', 'en'), (t: any) => (t.title = title)),
	);
	expect(text.title).toBe(title);
});

describe('checkMeetingFiles', () => {
	const check = (texts: Record<string, MeetingText>) =>
		formatProblems(checkMeetingFiles({ slug: 'u4ssc-7', facts, texts }));

	it('finds nothing wrong with the published meeting', () => {
		expect(checkMeetingFiles({ slug: 'u4ssc-7', facts, texts: { en, ru } })).toEqual([]);
	});

	it.each([
		['2203-06-20T09:30', '2203-06-20T16:00', '180 years after'],
		['0224-06-20T09:30', '0224-06-20T16:00', '1799 years before'],
		['2022-03-01T09:30', '2022-03-01T16:00', '14 months before'],
	])('says a start on %s is too far from the circular of 2023-05-02', (start, end, distance) => {
		const moved = variant(facts, (f) => Object.assign(f.schedule, { start, end }));
		expect(
			formatProblems(checkMeetingFiles({ slug: 'u4ssc-7', facts: moved, texts: { en, ru } })),
		).toBe(
			`  content/meetings/u4ssc-7/meeting.json → schedule.start: ${start} is ${distance} the circular's date (2023-05-02); a meeting starts at most 1 year before and 3 years after its circular, so check the year of both`,
		);
	});

	it('names the missing language file', () => {
		expect(check({ en })).toBe(
			'  content/meetings/u4ssc-7/ru.mdx: is missing: every meeting needs its text in every language of the site',
		);
	});

	it('names the missing facts file', () => {
		expect(formatProblems(checkMeetingFiles({ slug: 'x', texts: { en, ru } }))).toBe(
			'  content/meetings/x/meeting.json: is missing: every meeting needs its facts file',
		);
	});

	it('refuses a text file in a language the site does not have', () => {
		expect(check({ en, ru, fr: en })).toContain(
			'content/meetings/u4ssc-7/fr.mdx: is not a language of the site; name the text files en.mdx and ru.mdx',
		);
	});

	it('catches languages that list a different number of objectives', () => {
		const shorter = variant(ru, (t) => t.objectives.pop());
		expect(check({ en, ru: shorter })).toBe(
			'  content/meetings/u4ssc-7/ru.mdx → objectives: has 5 items but en.mdx has 6; every language must list the same items',
		);
	});

	it('catches an organiser whose name is missing in one language', () => {
		const missing = variant(ru, (t) => delete t.organizers['unece']);
		expect(check({ en, ru: missing })).toBe(
			'  content/meetings/u4ssc-7/ru.mdx → organizers.unece: is missing: meeting.json lists the organiser "unece", so give its name here',
		);
	});

	it('catches an organiser named in a language file but not listed in the facts', () => {
		const extra = variant(en, (t) => (t.organizers['undp'] = { name: 'UNDP' }));
		expect(check({ en: extra, ru })).toBe(
			'  content/meetings/u4ssc-7/en.mdx → organizers.undp: is not listed in meeting.json (it lists itu, unece, un-habitat); remove it or add it there',
		);
	});

	it('asks for the venue of a meeting that is not virtual', () => {
		const hybrid = { ...facts, format: 'hybrid' as const };
		expect(
			formatProblems(checkMeetingFiles({ slug: 'u4ssc-7', facts: hybrid, texts: { en, ru } })),
		).toContain(
			'content/meetings/u4ssc-7/en.mdx → venue: is missing: meeting.json says the meeting is hybrid, so say where it takes place',
		);
	});

	it('asks for the title of every session in every language', () => {
		const programme = [{ id: 'opening', start: '2023-06-20T09:30', end: '2023-06-20T10:00' }];
		const titled = variant(en, (t) => (t.programme = { opening: 'Opening' }));
		expect(
			formatProblems(
				checkMeetingFiles({
					slug: 'u4ssc-7',
					facts: { ...facts, schedule: { ...facts.schedule, programme } },
					texts: { en: titled, ru },
				}),
			),
		).toBe(
			'  content/meetings/u4ssc-7/ru.mdx → programme.opening: is missing: meeting.json lists the session "opening", so give its title here',
		);
	});
});
