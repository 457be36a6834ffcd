// A meeting's text is content, not code: MDX in a language file that would run code on the build
// machine must stop the build before it runs, naming the file, the line and the fix. Each case
// would write a marker file if its code ran; the marker must never appear.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
	buildCopy,
	copyProject,
	removeCopy,
	twoAtATime,
	type BuildResult,
} from '../helpers/site-copy.ts';

const markers = mkdtempSync(join(tmpdir(), 'meetings-markers-'));
const marker = (name: string) => join(markers, name);

/** Each hostile text, appended to the English file's body after a blank line. */
const cases = [
	{
		name: 'an export that writes a file',
		body: `import fs from 'node:fs';\nexport const written = fs.writeFileSync(${JSON.stringify(marker('esm'))}, 'ran');\n\nThe host is {String(written)}.`,
		marker: 'esm',
		says: 'a line starting with "import" or "export" is code',
	},
	{
		name: 'an expression that writes a file',
		body: `The host is {process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker('expression'))}, 'ran')}.`,
		marker: 'expression',
		says: 'write \\{ and \\} for braces meant as text',
	},
	{
		name: 'a component whose attribute writes a file',
		body: `<Note text={process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker('component'))}, 'ran')} />`,
		marker: 'component',
		says: '<Note>, a component, which runs code while the site is built',
	},
] as const;

const results = new Map<string, BuildResult>();
/** The line the appended text starts on: after the file's last line and a blank one. */
let firstLine = 0;
const copies: string[] = [];

beforeAll(async () => {
	await twoAtATime(cases, async (hostile) => {
		const dir = copyProject('meetings-mdx-code-', ['tests/fixtures/meetings/u4ssc-7']);
		copies.push(dir);
		const file = join(dir, 'content/meetings/u4ssc-7/en.mdx');
		const source = readFileSync(file, 'utf8');
		firstLine = source.split('\n').length + 1;
		writeFileSync(file, `${source}\n${hostile.body}\n`);
		results.set(hostile.name, await buildCopy(dir));
	});
}, 600_000);
afterAll(() => {
	copies.forEach(removeCopy);
	rmSync(markers, { recursive: true, force: true });
});

describe('a build of a meeting text holding code', () => {
	it.each(cases.map((c) => [c.name, c] as const))(
		'stops on %s before the code runs, naming the file, the line and the fix',
		(_, hostile) => {
			const { status, output } = results.get(hostile.name)!;
			expect(status, output).not.toBe(0);
			expect(output).toContain(`content/meetings/u4ssc-7/en.mdx:${firstLine} → body: `);
			expect(output).toContain(hostile.says);
			expect(existsSync(marker(hostile.marker))).toBe(false);
		},
	);
});
