// The editors' tools: the committed JSON Schema matches the zod schema, the scaffold creates a
// meeting that cannot be published until filled in, and the checker's command prints every problem.
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { checkContent } from '../../../src/lib/content/check.ts';
import {
	meetingJsonSchemaPath,
	meetingJsonSchemaText,
} from '../../../src/lib/content/json-schema.ts';
import { scaffoldMeeting } from '../../../src/lib/content/scaffold.ts';
import { brokenCases, writeBrokenMeeting } from '../../helpers/broken-cases.ts';
import { fixtureMeetingsDir } from '../../helpers/content.ts';
import { projectRoot } from '../../helpers/site-copy.ts';

const workdir = mkdtempSync(join(tmpdir(), 'meetings-tools-'));
afterAll(() => rmSync(workdir, { recursive: true, force: true }));

describe('the JSON Schema of meeting.json', () => {
	it('is up to date with the zod schema (run `npm run schema` when this fails)', () => {
		const committed = readFileSync(join(projectRoot, meetingJsonSchemaPath), 'utf8');
		expect(committed).toBe(meetingJsonSchemaText());
	});

	it.each([
		...readdirSync(fixtureMeetingsDir).map((slug) => `tests/fixtures/meetings/${slug}`),
		...readdirSync(join(projectRoot, 'content/meetings')).map((slug) => `content/meetings/${slug}`),
	])('is the one %s/meeting.json refers to', (dir) => {
		const facts = JSON.parse(readFileSync(join(projectRoot, dir, 'meeting.json'), 'utf8'));
		expect(join(projectRoot, dir, facts.$schema)).toBe(join(projectRoot, meetingJsonSchemaPath));
	});

	it('describes each field for the editor and forbids unknown ones', () => {
		const schema = JSON.parse(meetingJsonSchemaText());
		expect(schema.additionalProperties).toBe(false);
		expect(schema.properties.schedule.properties.timeZone.description).toBe(
			'IANA zone the times are given in, e.g. Europe/Zurich for Geneva; the label (CEST) is derived',
		);
		expect(schema.properties.format.enum).toEqual(['virtual', 'in-person', 'hybrid']);
	});
});

describe('scaffoldMeeting', () => {
	it('creates the facts and both language files, which fail the check until filled in', () => {
		const root = join(workdir, 'scaffold');
		const result = scaffoldMeeting(root, 'u4ssc-8', '../../../schemas/meeting.schema.json');
		expect(result).toEqual({
			created: ['meeting.json', 'en.mdx', 'ru.mdx'].map((name) => join(root, 'u4ssc-8', name)),
		});
		const facts = JSON.parse(readFileSync(join(root, 'u4ssc-8/meeting.json'), 'utf8'));
		expect(facts.$schema).toBe('../../../schemas/meeting.schema.json');
		const { problems } = checkContent(root, 'content/meetings');
		const fields = problems.map(
			(p) => `${p.file.replace('content/meetings/u4ssc-8/', '')} ${p.field}`,
		);
		expect(fields).toContain('meeting.json schedule.timeZone');
		expect(fields).toContain('en.mdx title');
		expect(fields).toContain('ru.mdx objectives.0');
		expect(fields).toContain('ru.mdx body');
		expect(problems.find((p) => p.field === 'schedule.start')?.message).toBe(
			'still holds the placeholder "REPLACE: local start, YYYY-MM-DDTHH:mm"; write the real value in its place (When the meeting starts, local time in `timeZone`: 2023-06-20T09:30)',
		);
		expect(problems.every((p) => p.message.includes('placeholder'))).toBe(true);
	});

	it('refuses to overwrite a meeting, even one whose folder differs in capitals', () => {
		const root = join(workdir, 'existing');
		mkdirSync(join(root, 'U4SSC-7'), { recursive: true });
		expect(scaffoldMeeting(root, 'u4ssc-7', 'x')).toEqual({
			error: `${join(root, 'U4SSC-7')} already exists; nothing was changed. Choose another name, or edit that meeting's files.`,
		});
		expect(existsSync(join(root, 'u4ssc-7'))).toBe(false);
	});

	it('refuses a name that cannot be an address', () => {
		expect(scaffoldMeeting(join(workdir, 'bad'), '8th U4SSC', 'x')).toEqual({
			error:
				'"8th U4SSC" cannot be a meeting\'s name: it becomes the address /en/meetings/8th U4SSC/, so use only lower-case letters, digits and single hyphens, for example u4ssc-8',
		});
		expect(existsSync(join(workdir, 'bad'))).toBe(false);
	});
});

/** Runs a script of scripts/ the way npm does, from the project root. */
function run(script: string, ...args: string[]) {
	const result = spawnSync(process.execPath, [join(projectRoot, 'scripts', script), ...args], {
		cwd: projectRoot,
		encoding: 'utf8',
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run check:content', () => {
	it('says the meetings of a folder are correct and exits with 0', () => {
		const { status, stdout } = run('check-content.ts', 'tests/fixtures/meetings');
		expect(status).toBe(0);
		expect(stdout).toMatch(
			new RegExp(
				`^All ${readdirSync(fixtureMeetingsDir).length} meetings in tests/fixtures/meetings/ are correct \\(\\d+ ms\\)\\.\\n$`,
			),
		);
	});

	it('says so of a single meeting', () => {
		const root = join(workdir, 'single');
		cpSync(join(fixtureMeetingsDir, 'u4ssc-7'), join(root, 'u4ssc-7'), { recursive: true });
		const { status, stdout } = run('check-content.ts', root);
		expect(status).toBe(0);
		expect(stdout).toMatch(
			new RegExp(`^The meeting in ${relative(projectRoot, root)}/ is correct \\(\\d+ ms\\)\\.\\n$`),
		);
	});

	it('prints every problem of several broken meetings at once and exits with 1', () => {
		const root = join(workdir, 'several');
		const cases = brokenCases().filter((c) =>
			['zone-abbreviation', 'invalid-yaml'].includes(c.name),
		);
		for (const [index, brokenCase] of cases.entries()) {
			// Different meeting numbers, so the two copies are not also reported as one meeting twice.
			const renumber = {
				file: 'meeting.json',
				find: '"number": 7',
				replace: `"number": ${10 + index}`,
			};
			const edits = [...(brokenCase.edits ?? []), renumber];
			writeBrokenMeeting({ ...brokenCase, edits, folder: `meeting-${index + 1}` }, root);
		}
		const { status, stderr } = run('check-content.ts', root);
		expect(status).toBe(1);
		const shown = relative(projectRoot, root);
		expect(stderr).toContain(`2 problems in 2 files (2 meetings checked in `);
		expect(stderr).toContain(
			`${shown}/meeting-2/meeting.json → schedule.timeZone: "CEST" is not an IANA time zone`,
		);
		expect(stderr).toContain(
			`${shown}/meeting-1/en.mdx:11: has front matter that is not valid YAML`,
		);
		expect(stderr).toContain(
			'\nFix these and run `npm run check:content` again. The site cannot be built until then.',
		);
	});
});
