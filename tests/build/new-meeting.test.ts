// An editor adds a second meeting exactly as the README's "Add a meeting" says, in a copy of the
// project that holds the 7th U4SSC meeting: `npm run new-meeting -- u4ssc-8`, every REPLACE: value
// filled in from a circular, `npm run check:content`, then the build. Nothing else is touched, and
// everything must stay green: the site then has both meetings, in both languages.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { placeholderMark } from '../../src/schemas/common.ts';
import { copyProject, removeCopy, runIn, type RunResult } from '../helpers/site-copy.ts';

/** What the editor writes in place of each placeholder, found by its words. */
const answers: Record<string, Record<string, unknown>> = {
	'meeting.json': {
		'series, e.g. u4ssc': 'u4ssc',
		'which meeting, e.g. 8': 8,
		'circular number, e.g. 92': 181,
		'issue date, YYYY-MM-DD': '2024-03-15',
		'short key, e.g. itu': 'itu',
		'https:// address of the organiser': 'https://www.itu.int/',
		'https:// address of the initiative': 'https://u4ssc.itu.int/',
		'how many UN agencies support it': 19,
		'the Sustainable Development Goal, 1 to 17': 11,
		'virtual, in-person or hybrid': 'virtual',
		'language code, e.g. en': 'en',
		'local start, YYYY-MM-DDTHH:mm': '2024-05-14T14:00',
		'local end, YYYY-MM-DDTHH:mm': '2024-05-14T17:30',
		'IANA zone of the venue or organiser, e.g. Europe/Zurich': 'Europe/Zurich',
		'true or false': true,
		'https:// address of the meeting page': 'https://u4ssc.itu.int/latest-meetings/8th-meeting/',
		'https:// address of the registration form':
			'https://u4ssc.itu.int/latest-meetings/8th-meeting/',
		'e-mail address for questions': 'u4ssc@itu.int',
		'+41 22 730 6301 (or delete this line)': '+41 22 730 6301',
	},
	'en.mdx': {
		'full title of the meeting, as in the circular': '8th meeting of the U4SSC initiative',
		'short title of at most 60 characters, e.g. 8th U4SSC meeting': '8th U4SSC meeting',
		'one or two sentences on what the meeting is':
			'The U4SSC initiative meets online to review the work of its thematic groups.',
		'city whose clock the times follow, e.g. Geneva': 'Geneva',
		'reference of the circular, e.g. TSB Circular 92': 'TSB Circular 181',
		'where the circular was issued, e.g. Geneva': 'Geneva',
		'to whom the circular is addressed, one line each': 'Administrations of ITU Member States',
		'the key from meeting.json, e.g. itu': 'itu',
		'full name of the organiser': 'International Telecommunication Union',
		'name of the initiative': 'United for Smart Sustainable Cities',
		'the Sustainable Development Goal word for word, as the circular quotes it':
			'Make cities and human settlements inclusive, safe, resilient and sustainable',
		'what the meeting is to achieve, one line each': 'Review the work of the thematic groups',
		'who may take part, one group per line': 'ITU Member States',
		'a few paragraphs about the meeting, in English':
			'The meeting reviews the work of the U4SSC thematic groups.',
	},
	'ru.mdx': {
		'полное название встречи, как в циркуляре': 'Восьмое собрание инициативы U4SSC',
		'краткое название не длиннее 60 знаков, например Восьмое собрание U4SSC':
			'Восьмое собрание U4SSC',
		'одно-два предложения о том, что это за встреча':
			'Участники инициативы U4SSC собираются онлайн, чтобы обсудить работу тематических групп.',
		'город, по часам которого указано время, например Женева': 'Женева',
		'номер циркуляра, например Циркуляр 92 БСЭ': 'Циркуляр 181 БСЭ',
		'где выпущен циркуляр, например Женева': 'Женева',
		'кому адресован циркуляр, по одному в строке': 'Администрациям Государств – Членов МСЭ',
		'the key from meeting.json, e.g. itu': 'itu',
		'полное название организатора': 'Международный союз электросвязи',
		'название инициативы': 'Объединение усилий в целях построения «умных» устойчивых городов',
		'Цель в области устойчивого развития дословно, как в циркуляре':
			'Обеспечение открытости, безопасности, жизнестойкости и экологической устойчивости городов и населенных пунктов',
		'чего должна достичь встреча, по одной цели в строке': 'Обсудить работу тематических групп',
		'кто может участвовать, по одной группе в строке': 'Государства – Члены МСЭ',
		'несколько абзацев о встрече, по-русски':
			'На собрании будет рассмотрена работа тематических групп U4SSC.',
	},
};

/**
 * Replaces every placeholder the scaffold wrote in `file`, as an editor would, and leaves the
 * commented-out venue and programme lines of a virtual meeting without a programme as they are.
 */
function fillIn(dir: string, file: keyof typeof answers) {
	const path = join(dir, file);
	const quoted = new RegExp(`"${placeholderMark} ([^"]*)"`, 'g');
	const bare = new RegExp(`^${placeholderMark} (.*)$`);
	const answer = (words: string) => {
		if (!(words in answers[file]!)) throw new Error(`No answer for "${words}" in ${file}`);
		return answers[file]![words];
	};
	const lines = readFileSync(path, 'utf8')
		.split('\n')
		.map((line) =>
			/^\s*#/.test(line)
				? line
				: line
						.replace(quoted, (_, words: string) => JSON.stringify(answer(words)))
						.replace(bare, (_, words: string) => String(answer(words))),
		);
	expect(lines.filter((line) => line.includes(placeholderMark) && !/^\s*#/.test(line))).toEqual([]);
	writeFileSync(path, lines.join('\n'));
}

let project: string;
const steps: Record<string, RunResult> = {};

beforeAll(async () => {
	project = copyProject('meetings-new-meeting-', ['tests/fixtures/meetings/u4ssc-7']);
	steps['new-meeting'] = await runIn(project, ['scripts/new-meeting.ts', 'u4ssc-8']);
	steps['check, unfilled'] = await runIn(project, ['scripts/check-content.ts']);
	const dir = join(project, 'content/meetings/u4ssc-8');
	for (const file of ['meeting.json', 'en.mdx', 'ru.mdx'] as const) fillIn(dir, file);
	steps['check, filled'] = await runIn(project, ['scripts/check-content.ts']);
	// npm run lint's Prettier half: an editor's files are not held to the code's layout.
	steps['prettier'] = await runIn(project, [
		'node_modules/prettier/bin/prettier.cjs',
		'--check',
		'.',
	]);
	// At a clock a fortnight before the new meeting, so that the calendar feed (upcoming meetings and
	// those of the past 12 months) holds both.
	steps['build'] = await runIn(project, ['node_modules/astro/bin/astro.mjs', 'build'], {
		BUILD_TIME: '2024-05-01T00:00:00Z',
	});
}, 240_000);
afterAll(() => removeCopy(project));

const page = (path: string) => readFileSync(join(project, 'dist', path), 'utf8');

describe('adding a second meeting as the README says', () => {
	it('creates the three files with npm run new-meeting', () => {
		expect(steps['new-meeting']!.status).toBe(0);
		expect(steps['new-meeting']!.output).toContain(
			'content/meetings/u4ssc-8/meeting.json\n  content/meetings/u4ssc-8/en.mdx\n  content/meetings/u4ssc-8/ru.mdx',
		);
	});

	it('is refused by npm run check:content until every placeholder is replaced', () => {
		expect(steps['check, unfilled']!.status).toBe(1);
		expect(steps['check, unfilled']!.output).toContain(
			'content/meetings/u4ssc-8/meeting.json → schedule.timeZone: still holds the placeholder',
		);
	});

	it('passes npm run check:content once filled in', () => {
		expect(steps['check, filled']!.output).toMatch(
			/^All 2 meetings in content\/meetings\/ are correct \(\d+ ms\)\.\n$/,
		);
		expect(steps['check, filled']!.status).toBe(0);
	});

	it('keeps Prettier’s check of the project green, though the editor laid out no file for it', () => {
		expect(steps['prettier']!.status, steps['prettier']!.output).toBe(0);
	});

	it('builds, with a page, a calendar file and a share image per meeting and language', () => {
		expect(steps['build']!.status, steps['build']!.output).toBe(0);
		for (const slug of ['u4ssc-7', 'u4ssc-8']) {
			for (const locale of ['en', 'ru']) {
				expect(page(`${locale}/meetings/${slug}/index.html`)).toContain('<h1');
				expect(page(`${locale}/meetings/${slug}.ics`)).toContain(
					`UID:${slug}@meetings.example.org`,
				);
				expect(page(`${locale}/meetings/${slug}.png`).slice(1, 4)).toBe('PNG');
			}
		}
	});

	it('shows the new meeting in both languages, at its time, and lists both on the home pages', () => {
		// The text as read: without its tags, the typesetter's no-break spaces read as spaces.
		const text = (path: string) =>
			page(path)
				.replace(/<[^>]+>/g, '')
				.replace(/[\u00a0\u202f]/g, ' ');
		expect(text('en/meetings/u4ssc-8/index.html')).toContain('8th meeting of the U4SSC initiative');
		expect(text('ru/meetings/u4ssc-8/index.html')).toContain('Восьмое собрание инициативы U4SSC');
		// 14:00–17:30 in Geneva's summer time, shown in UTC too.
		expect(text('en/meetings/u4ssc-8/index.html')).toContain(
			'14:00–17:30 Geneva time (CEST, UTC+2)',
		);
		expect(text('en/meetings/u4ssc-8/index.html')).toContain('12:00–15:30 UTC');
		for (const locale of ['en', 'ru']) {
			expect(page(`${locale}/index.html`)).toContain(`href="/${locale}/meetings/u4ssc-7/"`);
			expect(page(`${locale}/index.html`)).toContain(`href="/${locale}/meetings/u4ssc-8/"`);
			expect(page(`${locale}/calendar.ics`).match(/^BEGIN:VEVENT/gm)).toHaveLength(2);
		}
	});
});
