// Every case of the malformed-content corpus is rejected by the content checker with the expected
// message for the expected file and field; and the checker accepts the fixture meetings.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { checkContent } from '../../../src/lib/content/check.ts';
import { formatProblems } from '../../../src/lib/content/rules.ts';
import { brokenCases, writeBrokenMeeting } from '../../helpers/broken-cases.ts';
import { fixtureMeetingsDir } from '../../helpers/content.ts';

const workdir = mkdtempSync(join(tmpdir(), 'meetings-corpus-'));
afterAll(() => rmSync(workdir, { recursive: true, force: true }));

const cases = brokenCases();

describe('the malformed-content corpus', () => {
	it('holds at least 25 different mistakes', () => {
		expect(cases.length).toBeGreaterThanOrEqual(25);
	});

	it.each(cases.map((c) => [c.what, c] as const))(
		'rejects %s with its message, naming the file and the field',
		(_, brokenCase) => {
			const root = join(workdir, brokenCase.name, 'content/meetings');
			writeBrokenMeeting(brokenCase, root);
			const { problems } = checkContent(root, 'content/meetings');
			expect(problems.length).toBeGreaterThan(0);
			for (const { message, ...expected } of brokenCase.expect) {
				const found = problems.filter(
					(problem) =>
						problem.file === expected.file &&
						problem.field === expected.field &&
						(!expected.line || problem.line === expected.line),
				);
				expect(found, `${JSON.stringify(expected)} in\n${formatProblems(problems)}`).not.toEqual(
					[],
				);
				expect(found.map((problem) => problem.message).join('\n')).toContain(message);
			}
		},
	);
});

describe('checkContent', () => {
	it('accepts the fixture meetings from other zones and seasons', () => {
		const report = checkContent(fixtureMeetingsDir, 'tests/fixtures/meetings');
		expect(formatProblems(report.problems)).toBe('');
		expect(report.meetings).toBeGreaterThanOrEqual(3);
	});

	it('checks 1000 meetings in well under the few seconds an editor would wait', () => {
		const root = join(workdir, 'thousand');
		for (let number = 1; number <= 1000; number++) {
			const dir = join(root, `meeting-${number}`);
			cpSync(join(fixtureMeetingsDir, 'u4ssc-7'), dir, { recursive: true });
			const facts = readFileSync(join(dir, 'meeting.json'), 'utf8');
			writeFileSync(join(dir, 'meeting.json'), facts.replace('"number": 7', `"number": ${number}`));
		}
		// CPU time, not wall time: other builds share the machine while the tests run.
		const started = process.cpuUsage();
		const report = checkContent(root, 'content/meetings');
		const { user, system } = process.cpuUsage(started);
		expect(report).toEqual({ meetings: 1000, problems: [] });
		// About 1.5 s of CPU on the 2-core build machine (3000 files: JSON, YAML, MDX, zod).
		expect((user + system) / 1000).toBeLessThan(3000);
	}, 60_000);
});
