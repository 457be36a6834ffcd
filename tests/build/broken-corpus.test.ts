// Builds a copy of the site for every case of the malformed-content corpus and checks that each
// build stops, naming the file and the field: what `npm run check:content` rejects, the build
// rejects too. All cases are built (two at a time, the builds are CPU-bound), not a sample,
// because the two can only be trusted to agree where both have seen the case.
import { rmSync } from 'node:fs';
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
	const meetings = join(dir, 'content/meetings');
	rmSync(meetings, { recursive: true });
	writeBrokenMeeting(brokenCase, meetings);
	results.set(brokenCase.name, await buildCopy(dir));
}

beforeAll(async () => {
	await twoAtATime(cases, buildCase);
}, 900_000);
// Removing some forty copies takes a while on a busy machine.
afterAll(() => copies.forEach(removeCopy), 120_000);

describe('a build of a broken meeting', () => {
	it.each(cases.map((c) => [c.what, c] as const))(
		'fails on %s, naming the file and the field',
		(_, brokenCase) => {
			const { status, output } = results.get(brokenCase.name)!;
			expect(status, output).not.toBe(0);
			for (const { file, field, line, message } of brokenCase.expect) {
				// A mistake of syntax is named by file and line: en.mdx:59:36, or meeting.json:15 → start.
				if (line) expect(output).toMatch(new RegExp(`${escape(file)}:${line}[: ]`));
				else expect(output).toContain(file);
				if (message) expect(output).toContain(message);
				if (!field || line) continue;
				// Astro names a misspelt key by the key alone: Unrecognized key: "objectivs".
				const named = output.includes(field) || output.includes(`"${field.split('.').at(-1)}"`);
				expect(named, `${field} is not named in:\n${output}`).toBe(true);
			}
		},
	);
});
