// Every case of the malformed-content corpus is rejected by the content checker, which names
// the expected file and field; and the checker accepts the real meeting and the fixture meetings.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';

import { checkContent } from '../../src/lib/content-check.ts';
import { formatProblems } from '../../src/lib/meeting-files.ts';
import { brokenCases, writeBrokenMeeting } from '../helpers/broken-cases.ts';
import { contentDir } from '../helpers/content.ts';

const workdir = mkdtempSync(join(tmpdir(), 'meetings-corpus-'));
afterAll(() => rmSync(workdir, { recursive: true, force: true }));

const cases = brokenCases();

describe('the malformed-content corpus', () => {
	it('holds at least 25 different mistakes', () => {
		expect(cases.length).toBeGreaterThanOrEqual(25);
	});

	it.each(cases.map((c) => [c.what, c] as const))(
		'rejects %s, naming the file and the field',
		(_, brokenCase) => {
			const root = join(workdir, brokenCase.name, 'content/meetings');
			writeBrokenMeeting(brokenCase, root);
			const { problems } = checkContent(root, 'content/meetings');
			expect(problems.length).toBeGreaterThan(0);
			for (const expected of brokenCase.expect) {
				expect(
					problems.map(({ file, field }) => ({ file, field })),
					formatProblems(problems),
				).toContainEqual(expected);
			}
		},
	);
});

describe('checkContent', () => {
	it('accepts the published meetings', () => {
		expect(checkContent(contentDir, 'content/meetings')).toEqual({ meetings: 1, problems: [] });
	});

	it('accepts the fixture meetings from other zones and seasons', () => {
		const fixtures = fileURLToPath(new URL('../fixtures/meetings/', import.meta.url));
		const report = checkContent(fixtures, 'tests/fixtures/meetings');
		expect(formatProblems(report.problems)).toBe('');
		expect(report.meetings).toBeGreaterThanOrEqual(2);
	});
});
