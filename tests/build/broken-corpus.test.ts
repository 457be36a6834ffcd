// Builds a copy of the site for every case of the malformed-content corpus and checks that each
// build stops with the message `npm run check:content` gives, for the same file and field: what
// the checker rejects, the build rejects too, in the same words. All cases are built (two at a
// time, the builds are CPU-bound), not a sample, because the two can only be trusted to agree
// where both have seen the case.
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { brokenCases, writeBrokenMeeting, type BrokenCase } from '../helpers/broken-cases.ts';
import {
	buildCopy,
	copyProject,
	removeCopy,
	twoAtATime,
	type BuildResult,
} from '../helpers/site-copy.ts';

const cases = brokenCases();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const results = new Map<string, BuildResult>();
const copies: string[] = [];

async function buildCase(brokenCase: BrokenCase): Promise<void> {
	const dir = copyProject(`meetings-${brokenCase.name}-`);
	copies.push(dir);
	writeBrokenMeeting(brokenCase, join(dir, 'content/meetings'));
	results.set(brokenCase.name, await buildCopy(dir));
	removeCopy(dir);
}

beforeAll(async () => {
	await twoAtATime(cases, buildCase);
}, 900_000);
// Each copy goes once built; these are the ones a failed build left.
afterAll(() => copies.forEach(removeCopy));

describe('a build of a broken meeting', () => {
	it.each(cases.map((c) => [c.what, c] as const))(
		'fails on %s in the checker’s words (the parser’s, for syntax), naming the file and the field',
		(_, brokenCase) => {
			const { status, output } = results.get(brokenCase.name)!;
			expect(status, output).not.toBe(0);
			for (const { file, field, line, message, build } of brokenCase.expect) {
				// A mistake of syntax is named by file and line: en.mdx:59:36, or meeting.json:15 → start.
				if (line) expect(output).toMatch(new RegExp(`${escape(file)}:${line}[: ]`));
				else expect(output).toContain(file);
				if (build) {
					for (const text of build) expect(output).toContain(text);
					continue;
				}
				if (line || !field) {
					expect(output).toContain(message);
					continue;
				}
				// The build prints "field: message" (Astro, for a schema's error, and src/data/meetings.ts
				// for a rule across files) or "file: message" for the file as a whole. An unknown key is
				// named by the object that holds it, then the key in quotes.
				// A message about a value may start by quoting it: links.meeting: "http://…" must be…
				const key = escape(field.split('.').at(-1)!);
				const said = new RegExp(`(${escape(field)}: |"${key}" )("[^\n]*?" )?${escape(message)}`);
				expect(output, `"${field}: ${message}" is not in:\n${output}`).toMatch(said);
			}
		},
	);
});
