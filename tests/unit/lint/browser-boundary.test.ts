// The lint boundary of browser code (eslint.config.js): a module the browser loads may not import
// Luxon, Node's modules, Astro or build-time code. Checked with ESLint's own API on probe texts
// placed, by their file path, where browser code lives.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

import { projectRoot } from '../../helpers/site-copy.ts';

const eslint = new ESLint({ cwd: projectRoot });

/** The errors of the boundary's rules for `source`, linted as if it were the file at `path`. */
async function refusals(path: string, source: string): Promise<string[]> {
	const [result] = await eslint.lintText(source, { filePath: `${projectRoot}${path}` });
	return result!.messages
		.filter(
			(message) =>
				message.ruleId === 'no-restricted-imports' || message.ruleId === 'no-restricted-syntax',
		)
		.map((message) => message.message);
}

const places = [
	'src/components/MeetingSchedule/probe.ts',
	'src/components/Probe/probe-element.ts',
	'src/lib/time/probe.ts',
	'src/i18n/locales.ts',
];

describe.each(places)('browser code at %s', (path) => {
	it.each([
		["import { DateTime } from 'luxon';", 'Browser code uses Intl (src/lib/time), not Luxon.'],
		["import { readFileSync } from 'node:fs';", 'Browser code cannot use Node modules.'],
		["import { readFileSync } from 'fs';", 'Browser code cannot use Node modules.'],
		["import { z } from 'astro/zod';", 'Browser code cannot use Astro.'],
		["import { getCollection } from 'astro:content';", 'Browser code cannot use Astro.'],
		["export { DateTime } from 'luxon';", 'Browser code uses Intl (src/lib/time), not Luxon.'],
		["await import('luxon');", 'never Luxon, Node or Astro'],
		["await import('node:fs');", 'never Luxon, Node or Astro'],
		["await import('fs/promises');", 'never Luxon, Node or Astro'],
		["await import('astro:content');", 'never Luxon, Node or Astro'],
		["await import('../../lib/format/meeting-time.ts');", 'never Luxon, Node or Astro'],
	])('refuses %s', async (source, reason) => {
		const refused = await refusals(path, source);
		expect(refused).toHaveLength(1);
		expect(refused[0]).toContain(reason);
	});

	it.each([
		'lib/format/meeting-time.ts',
		'lib/content/check.ts',
		'lib/calendar/ics.ts',
		'lib/seo/jsonld.ts',
		'lib/share-image/pool.ts',
		'lib/import/draft.ts',
		'data/meetings.ts',
		'schemas/meeting.ts',
	])('refuses build-time code: src/%s', async (target) => {
		const refused = await refusals(
			path,
			`import * as x from '${relativeTo(path, `src/${target}`)}';`,
		);
		expect(refused).toEqual([
			expect.stringContaining('Browser code may import only src/lib/time and src/i18n/'),
		]);
	});

	it('allows loading browser code on demand', async () => {
		const source = `await import('${relativeTo(path, 'src/lib/time/zone-search.ts')}');`;
		expect(await refusals(path, source)).toEqual([]);
	});

	it.each(['lib/time/zone-time.ts', 'i18n/locales.ts', 'i18n/paths.ts'])(
		'allows src/%s',
		async (target) => {
			expect(
				await refusals(path, `import * as x from '${relativeTo(path, `src/${target}`)}';`),
			).toEqual([]);
		},
	);
});

describe('a component', () => {
	it('may import Luxon in its front matter, which runs at build time, not in its <script>', async () => {
		const component = [
			'---',
			"import { DateTime } from 'luxon';",
			'const year = DateTime.now().year;',
			'---',
			'<p>{year}</p>',
			'<script>',
			"\timport { DateTime } from 'luxon';",
			'\tconsole.log(DateTime.now());',
			'</script>',
		].join('\n');
		expect(await refusals('src/components/Probe.astro', component)).toEqual([
			expect.stringContaining('Browser code uses Intl (src/lib/time), not Luxon.'),
		]);
	});
});

describe('src/lib/time', () => {
	it.each(['../format/meeting-time.ts', '../content/check.ts', '../share-image/pool.ts'])(
		'may not reach build-time code beside it: %s',
		async (target) => {
			expect(await refusals('src/lib/time/probe.ts', `import * as x from '${target}';`)).toEqual([
				expect.stringContaining('Browser code may import only src/lib/time and src/i18n/'),
			]);
			expect(await refusals('src/lib/time/probe.ts', `await import('${target}');`)).toEqual([
				expect.stringContaining('never Luxon, Node or Astro'),
			]);
		},
	);
});

describe('build-time code', () => {
	it('may import Luxon and Node’s modules', async () => {
		const source =
			"import { DateTime } from 'luxon';\nimport { readFileSync } from 'fs';\nawait import('node:os');";
		expect(await refusals('src/lib/format/probe.ts', source)).toEqual([]);
	});
});

/** The import specifier from the file at `from` to `to`, both relative to the project. */
function relativeTo(from: string, to: string): string {
	const up = from.split('/').length - 1;
	return `${'../'.repeat(up)}${to}`;
}
