// `npm run import` end to end on test circulars in ITU's layout: what it drafts, what it refuses,
// that it never overwrites, the second language's merge, and the report it prints.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';

import { checkContent } from '../../../src/lib/content/check.ts';
import { parseFrontmatter } from '../../../src/lib/content/files.ts';
import { ImportError } from '../../../src/lib/import/source.ts';
import { importCircular, type ImportResult } from '../../../src/lib/import/write.ts';
import { circularDocx } from '../../helpers/circular-docx.ts';
import { projectRoot } from '../../helpers/site-copy.ts';

const circulars = join(projectRoot, 'tests/fixtures/circulars');
const circular = (name: string) => join(circulars, name);
const workdir = mkdtempSync(join(tmpdir(), 'meetings-import-'));
afterAll(() => rmSync(workdir, { recursive: true, force: true }));

let runs = 0;
/** Imports into a fresh folder of meetings (or `root`), as `content/meetings` in messages. */
async function draft(file: string, slug: string, root = join(workdir, `run-${++runs}`)) {
	const result = await importCircular({
		file,
		slug,
		root,
		shownRoot: 'content/meetings',
		schemaPath: '../../../schemas/meeting.schema.json',
	});
	return { result, root, dir: join(root, slug) };
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
function frontOf(file: string): any {
	const read = parseFrontmatter(readFileSync(file, 'utf8'), file);
	if ('problems' in read) throw new Error(read.problems.map((p) => p.message).join('\n'));
	return read.data;
}
const publishedU4ssc7 = readJson(join(projectRoot, 'tests/fixtures/meetings/u4ssc-7/meeting.json'));
delete publishedU4ssc7.$schema;

/** The values read, without the lines they came from (a Word file numbers paragraphs). */
const values = (result: ImportResult) =>
	Object.fromEntries(result.facts.map((fact) => [`${fact.file} ${fact.field}`, fact.value]));

describe('the seed circular (TSB Circular 92, Russian)', () => {
	it('drafts exactly the facts of the 7th U4SSC meeting', async () => {
		const { dir } = await draft(circular('tsb-circular-92.ru.txt'), 'u4ssc-7');
		const { $schema, ...facts } = readJson(join(dir, 'meeting.json'));
		expect($schema).toBe('../../../schemas/meeting.schema.json');
		expect(facts).toEqual(publishedU4ssc7);
	});

	it('lists as many objectives, eligible groups, addressees and copies as the published text', async () => {
		const { dir } = await draft(circular('tsb-circular-92.ru.txt'), 'u4ssc-7');
		const text = frontOf(join(dir, 'ru.mdx'));
		const published = frontOf(join(projectRoot, 'tests/fixtures/meetings/u4ssc-7/ru.mdx'));
		const counts = (t: any) => [
			t.objectives.length,
			t.eligibility.length,
			t.circular.addressees.length,
			t.circular.copiesTo.length,
		];
		expect(counts(text)).toEqual([6, 5, 4, 3]);
		expect(counts(text)).toEqual(counts(published));
		expect(text.title).toBe(
			'Седьмое собрание в рамках инициативы «Объединение усилий в целях построения „умных“ устойчивых городов» (U4SSC)',
		);
		expect(text.shortTitle).toBe(published.shortTitle);
		expect(text.organizers).toEqual(published.organizers);
		expect(text.timeZonePlace).toBe('Женева');
		expect(text.objectives[0]).toBe(
			'Представить обновленную информацию о работе тематических групп U4SSC',
		);
	});

	it('writes the English file as a skeleton of the same shape, quoting the Russian words', async () => {
		const { dir } = await draft(circular('tsb-circular-92.ru.txt'), 'u4ssc-7');
		const skeleton = frontOf(join(dir, 'en.mdx'));
		expect(skeleton.objectives).toHaveLength(6);
		expect(skeleton.eligibility).toHaveLength(5);
		expect(skeleton.objectives[3]).toBe(
			'REPLACE: what the meeting is to achieve, one line each; the Russian circular has: Представить деятельность центра U4SSC',
		);
		expect(skeleton.shortTitle).toBe('7th U4SSC meeting');
		expect(skeleton.circular.reference).toBe('TSB Circular 92');
		expect(skeleton.timeZonePlace).toBe('Geneva');
		expect(skeleton.organizers.unece).toEqual({
			name: 'United Nations Economic Commission for Europe',
			abbreviation: 'UNECE',
		});
	});
});

describe('a multi-day meeting in person with key deadlines and only an opening time', () => {
	it('drafts the opening and leaves the end for the editor, saying why', async () => {
		const { dir, result } = await draft(circular('fg-dt4c-3.en.txt'), 'fg-dt4c-3');
		const facts = readJson(join(dir, 'meeting.json'));
		expect(facts.schedule).toEqual({
			start: '2018-02-26T09:30',
			end: 'REPLACE: local end on 2018-03-02, YYYY-MM-DDTHH:mm; the circular gives only the opening time (09:30, line 23)',
			timeZone: 'Europe/Zurich',
		});
		expect(facts.format).toBe('in-person');
		expect(facts.series).toEqual({ id: 'fg-dt4c', number: 3 });
		expect(facts.organizers).toEqual([
			{ id: 'itu', role: 'organizer', url: 'https://www.itu.int/' },
		]);
		expect(facts.initiative).toBeUndefined();
		expect(facts.keyDeadlines).toEqual([
			{ id: 'fellowships', date: '2018-01-15' },
			{ id: 'visa', date: '2018-01-26' },
			{ id: 'contributions', date: '2018-02-16' },
		]);
		expect(facts.links).toEqual({
			meeting: 'https://www.itu.int/en/ITU-T/focusgroups/dt4c/Pages/default.aspx',
			registration: 'https://www.itu.int/net4/CRM/xreg/web/Registration.aspx?Event=C-00004567',
		});
		const text = frontOf(join(dir, 'en.mdx'));
		expect(text.keyDeadlines).toEqual({
			fellowships: 'Submit requests for fellowships',
			visa: 'Submit requests for visa support letters',
			contributions: 'Submit contributions',
		});
		expect(text.venue).toEqual({
			name: 'ITU headquarters',
			address: 'Place des Nations, 1211 Geneva 20, Switzerland',
		});
		expect(text.eligibility).toHaveLength(5);
		expect(result.left).toContainEqual({
			file: 'meeting.json',
			field: 'schedule.end',
			hint: 'local end on 2018-03-02, YYYY-MM-DDTHH:mm; the circular gives only the opening time (09:30, line 23)',
		});
	});

	it('reads the same facts from the Russian circular, and from a messy export of the English one', async () => {
		const english = (await draft(circular('fg-dt4c-3.en.txt'), 'a')).result;
		const russian = (await draft(circular('fg-dt4c-3.ru.txt'), 'a')).result;
		const messy = (await draft(circular('fg-dt4c-3.en.messy.txt'), 'a')).result;
		const facts = (result: ImportResult) =>
			Object.fromEntries(
				Object.entries(values(result)).filter(([key]) => key.startsWith('meeting.json')),
			);
		expect(facts(russian)).toEqual(facts(english));
		expect(values(messy)).toEqual(values(english));
	});
});

describe('a hybrid meeting outside Geneva', () => {
	it.each(['fg-ai4ndm-4.en.txt', 'fg-ai4ndm-4.ru.txt'])(
		'takes the zone from the venue in Madrid, checked against CEST (%s)',
		async (name) => {
			const { dir } = await draft(circular(name), 'fg-ai4ndm-4');
			const facts = readJson(join(dir, 'meeting.json'));
			expect(facts.format).toBe('hybrid');
			expect(facts.schedule).toEqual({
				start: '2024-04-09T09:30',
				end: '2024-04-11T17:30',
				timeZone: 'Europe/Madrid',
			});
			expect(facts.workingLanguages).toEqual(['en', 'es']);
			expect(facts.organizers.map((o: any) => [o.id, o.role, o.url])).toEqual([
				['itu', 'organizer', 'https://www.itu.int/'],
				['wmo', 'co-organizer', 'https://wmo.int/'],
				['unep', 'co-organizer', 'https://www.unep.org/'],
				['aemet', 'co-organizer', 'REPLACE: https:// address of the organiser'],
			]);
			const text = frontOf(join(dir, name.includes('.ru.') ? 'ru.mdx' : 'en.mdx'));
			expect(text.venue.address).toBe('Calle Leonardo Prieto Castro 8, 28040 Madrid, Spain');
			expect(text.timeZonePlace).toBe(name.includes('.ru.') ? 'Мадрид' : 'Madrid');
		},
	);
});

describe('npm run check:content on a fresh draft', () => {
	it.each([
		'tsb-circular-92.ru.txt',
		'fg-dt4c-3.en.txt',
		'fg-dt4c-3.ru.txt',
		'fg-ai4ndm-4.en.txt',
		'fg-ai4ndm-4.ru.txt',
	])('lists exactly the fields the import of %s left for the editor', async (name) => {
		const { root, result } = await draft(circular(name), 'meeting-1');
		const { problems } = checkContent(root, 'content/meetings');
		const listed = problems.map(
			(p) => `${p.file.replace('content/meetings/meeting-1/', '')} ${p.field}`,
		);
		expect(listed.sort()).toEqual(result.left.map((l) => `${l.file} ${l.field}`).sort());
		expect(problems.every((p) => p.message.includes('placeholder'))).toBe(true);
	});

	it('lists nothing once the editor has filled in every field the report named', async () => {
		const { root, dir } = await draft(circular('fg-ai4ndm-4.en.txt'), 'meeting-1');
		const fill = (file: string, edit: (text: string) => string) =>
			writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
		fill('meeting.json', (t) =>
			t.replace('"REPLACE: https:// address of the organiser"', '"https://www.aemet.es/"'),
		);
		// What an editor does: every value still marked gets real text, in the file's own shape.
		const filled = (value: unknown): unknown =>
			typeof value === 'string'
				? value.startsWith('REPLACE:')
					? 'Filled in by the editor'
					: value
				: Array.isArray(value)
					? value.map(filled)
					: value && typeof value === 'object'
						? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, filled(v)]))
						: value;
		for (const file of ['en.mdx', 'ru.mdx']) {
			const front = frontOf(join(dir, file));
			writeFileSync(
				join(dir, file),
				`---\n${yaml.dump(filled(front))}---\n\nA paragraph about the meeting.\n`,
			);
		}
		expect(checkContent(root, 'content/meetings').problems).toEqual([]);
	});
});

describe('Word files', () => {
	it.each(['tsb-circular-92.ru.txt', 'fg-dt4c-3.en.txt', 'fg-dt4c-3.ru.txt', 'fg-ai4ndm-4.en.txt'])(
		'reads the same facts from %s laid out in Word as from its text export',
		async (name) => {
			const file = join(workdir, name.replace(/\.txt$/, '.docx'));
			writeFileSync(file, await circularDocx(readFileSync(circular(name), 'utf8')));
			const fromWord = (await draft(file, 'a')).result;
			const fromText = (await draft(circular(name), 'a')).result;
			expect(values(fromWord)).toEqual(values(fromText));
		},
	);
});

describe('refusals', () => {
	it.each(['recommendations-approved.en.txt', 'recommendations-approved.ru.txt'])(
		'refuses %s, which announces no meeting, and writes nothing',
		async (name) => {
			const root = join(workdir, `refused-${name}`);
			const refusal = draft(circular(name), 'x', root);
			await expect(refusal).rejects.toThrow(ImportError);
			await expect(refusal).rejects.toThrow(
				`${circular(name)} announces no meeting: its subject is "${name.includes('.ru.') ? 'Утверждение новых Рекомендаций МСЭ-Т Y.4470 и Y.4471' : 'Approval of new ITU-T Recommendations Y.4470 and Y.4471'}", and it gives no date on which a meeting will take place; nothing was written`,
			);
			expect(existsSync(root)).toBe(false);
		},
	);

	it('refuses a file that is not a circular in a format it reads', async () => {
		const file = join(workdir, 'circular.pdf');
		writeFileSync(file, '%PDF-1.7');
		await expect(draft(file, 'x')).rejects.toThrow(
			`${file}: .pdf files cannot be read; give the circular as .docx (Word) or .txt (plain text)`,
		);
	});

	it('never overwrites a meeting that exists', async () => {
		const { root, dir } = await draft(circular('fg-dt4c-3.en.txt'), 'fg-dt4c-3');
		const before = Object.fromEntries(
			readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
		);
		await expect(draft(circular('fg-ai4ndm-4.en.txt'), 'fg-dt4c-3', root)).rejects.toThrow(
			`content/meetings/fg-dt4c-3/en.mdx already holds English text (it is not the untouched skeleton an import writes); nothing was written. To draft it again from ${circular('fg-ai4ndm-4.en.txt')}, move that file away first.`,
		);
		const after = Object.fromEntries(
			readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
		);
		expect(after).toEqual(before);
	});
});

describe('the second language', () => {
	it('fills only the skeleton, and leaves meeting.json and the first language as they were', async () => {
		const { root, dir } = await draft(circular('fg-dt4c-3.ru.txt'), 'fg-dt4c-3');
		const facts = readFileSync(join(dir, 'meeting.json'), 'utf8');
		const russian = readFileSync(join(dir, 'ru.mdx'), 'utf8');
		const { result } = await draft(circular('fg-dt4c-3.en.txt'), 'fg-dt4c-3', root);
		expect(result.merged).toBe(true);
		expect(result.written).toEqual([{ file: 'en.mdx', as: 'draft' }]);
		expect(readFileSync(join(dir, 'meeting.json'), 'utf8')).toBe(facts);
		expect(readFileSync(join(dir, 'ru.mdx'), 'utf8')).toBe(russian);
		const english = frontOf(join(dir, 'en.mdx'));
		expect(english.title).toBe(
			'Third meeting of the ITU-T Focus Group on Digital Twins for Cities (FG-DT4C)',
		);
		expect(Object.keys(english.keyDeadlines)).toEqual(
			Object.keys(frontOf(join(dir, 'ru.mdx')).keyDeadlines),
		);
		expect(result.left.map((l) => `${l.file} ${l.field}`)).toEqual([
			'meeting.json schedule.end',
			'en.mdx description',
			'en.mdx body',
		]);
	});

	it('refuses to replace a skeleton the editor has changed', async () => {
		const { root, dir } = await draft(circular('fg-dt4c-3.ru.txt'), 'fg-dt4c-3');
		const skeleton = join(dir, 'en.mdx');
		const edited = readFileSync(skeleton, 'utf8').replace(
			'REPLACE: one or two sentences on what the meeting is',
			'The third meeting.',
		);
		writeFileSync(skeleton, edited);
		await expect(draft(circular('fg-dt4c-3.en.txt'), 'fg-dt4c-3', root)).rejects.toThrow(
			'content/meetings/fg-dt4c-3/en.mdx already holds English text',
		);
		expect(readFileSync(skeleton, 'utf8')).toBe(edited);
	});

	it('refuses a circular whose facts disagree with meeting.json, naming both values', async () => {
		const { root, dir } = await draft(circular('fg-dt4c-3.ru.txt'), 'fg-dt4c-3');
		const skeleton = readFileSync(join(dir, 'en.mdx'), 'utf8');
		const changed = join(workdir, 'fg-dt4c-3.changed.en.txt');
		writeFileSync(
			changed,
			readFileSync(circular('fg-dt4c-3.en.txt'), 'utf8')
				.replace('open at 0930 hours', 'open at 1000 hours')
				.replace('E-mail:\ttsbfgdt4c@itu.int', 'E-mail:\ttsbsg20@itu.int'),
		);
		await expect(draft(changed, 'fg-dt4c-3', root)).rejects.toThrow(
			[
				`${changed} disagrees with content/meetings/fg-dt4c-3/meeting.json; nothing was written:`,
				'  schedule.start: meeting.json has "2018-02-26T09:30", the English circular has "2018-02-26T10:00" (line 23: "The meeting will open at 1000 hours on the first day")',
				'  contacts.email: meeting.json has "tsbfgdt4c@itu.int", the English circular has "tsbsg20@itu.int" (line 9: "E-mail: tsbsg20@itu.int")',
				'Check which is right, correct meeting.json or the circular, and import again.',
			].join('\n'),
		);
		expect(readFileSync(join(dir, 'en.mdx'), 'utf8')).toBe(skeleton);
	});
});

/** Runs `npm run import` the way npm does, from the project root. */
function run(...args: string[]) {
	return spawnSync(process.execPath, [join(projectRoot, 'scripts/import.ts'), ...args], {
		cwd: projectRoot,
		encoding: 'utf8',
		env: { ...process.env, MEETINGS_DIR: join(workdir, 'cli') },
	});
}

describe('npm run import', () => {
	it('prints each fact with its line, then each field left, and exits with 0', () => {
		const { status, stdout, stderr } = run(
			'tests/fixtures/circulars/fg-ai4ndm-4.en.txt',
			'--slug',
			'fg-ai4ndm-4',
		);
		expect(stderr).toBe('');
		expect(status).toBe(0);
		expect(stdout).toContain(
			'(English):\n  meeting.json\n  en.mdx\n  ru.mdx (a skeleton for the other language)\n',
		);
		expect(stdout).toMatch(
			/\n {2}schedule\.timeZone +"Europe\/Madrid" +line 18: "Subject: Fourth meeting of the ITU-T Focus Group …"\n/,
		);
		expect(stdout).toMatch(
			/\n {2}meeting\.json organizers\.3\.url +https:\/\/ address of the organiser\n/,
		);
		expect(stdout).toContain('Left for the editor (20, each marked REPLACE:):');
	});

	it('says how to use it, and exits with 1, without a --slug', () => {
		const { status, stderr } = run('tests/fixtures/circulars/fg-ai4ndm-4.en.txt');
		expect(status).toBe(1);
		expect(stderr).toContain('Usage: npm run import -- <circular.docx or .txt> --slug <name>');
	});
});
