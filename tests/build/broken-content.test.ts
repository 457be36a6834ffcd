// Builds a copy of the site with one broken content file and checks that the build stops,
// naming the file and the field, so a mistake never reaches the published site.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const copied = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public'];
let workdir: string | undefined;

/** Copies the project, applies `breakIt` inside the copy, builds it, and returns the outcome. */
function buildBroken(file: string, breakIt: (source: string) => string) {
	workdir = mkdtempSync(join(tmpdir(), 'meetings-broken-'));
	for (const entry of copied) cpSync(join(root, entry), join(workdir, entry), { recursive: true });
	symlinkSync(join(root, 'node_modules'), join(workdir, 'node_modules'), 'dir');
	const target = join(workdir, file);
	const broken = breakIt(readFileSync(target, 'utf8'));
	expect(broken).not.toBe(readFileSync(target, 'utf8'));
	writeFileSync(target, broken);
	const result = spawnSync(
		process.execPath,
		[join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
		{
			cwd: workdir,
			encoding: 'utf8',
			env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
		},
	);
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterEach(() => {
	if (workdir) rmSync(workdir, { recursive: true, force: true });
	workdir = undefined;
});

describe('a build with broken content', () => {
	it('fails on an abbreviation in place of a time zone, naming meeting.json and schedule.timeZone', () => {
		const { status, output } = buildBroken('content/meetings/u4ssc-7/meeting.json', (source) =>
			source.replace('"Europe/Zurich"', '"CEST"'),
		);
		expect(status).not.toBe(0);
		expect(output).toContain('content/meetings/u4ssc-7/meeting.json');
		expect(output).toContain('schedule.timeZone: "CEST" is not an IANA time zone');
	});

	it('fails on a misspelt key in a language file, naming the file and the key', () => {
		const { status, output } = buildBroken('content/meetings/u4ssc-7/en.mdx', (source) =>
			source.replace('\nobjectives:', '\nobjectivs:'),
		);
		expect(status).not.toBe(0);
		expect(output).toContain('content/meetings/u4ssc-7/en.mdx');
		expect(output).toContain('Unrecognized key: "objectivs"');
	});

	it('fails when the languages list a different number of objectives', () => {
		const { status, output } = buildBroken('content/meetings/u4ssc-7/ru.mdx', (source) =>
			source.replace('  - Представить деятельность центра U4SSC\n', ''),
		);
		expect(status).not.toBe(0);
		expect(output).toContain(
			'content/meetings/u4ssc-7/ru.mdx → objectives: has 5 items but en.mdx has 6; every language must list the same items',
		);
	});
});
