// The content schemas say every problem in an editor's words through their own error maps, which
// zod asks before the map a parse passes in: Astro parses the content with a map of its own, so
// this is what makes the build say what `npm run check:content` says.
import { describe, expect, it } from 'vitest';

import { editorError, misspeltKey, says, unknownKeyMessage } from '../../../src/schemas/errors.ts';
import { MeetingTextSchema } from '../../../src/schemas/meeting-text.ts';
import { MeetingSchema } from '../../../src/schemas/meeting.ts';
import * as z from '../../../src/schemas/zod.ts';
import { readFacts, readFrontmatter } from '../../helpers/content.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every way to get one value wrong: each value of another kind, each key gone, a key too many. */
function mistakes(
	value: Json,
	path: string[] = [],
): { path: string; data: (root: Json) => Json }[] {
	const at = (root: Json, change: (parent: any, key: string) => void) => {
		const copy = structuredClone(root);
		let parent: any = copy;
		for (const key of path.slice(0, -1)) parent = parent[key];
		change(parent, path.at(-1)!);
		return copy;
	};
	const found: { path: string; data: (root: Json) => Json }[] = [];
	const name = path.join('.');
	if (path.length > 0) {
		const other = typeof value === 'number' ? 'seven' : typeof value === 'string' ? 7 : 'yes';
		found.push({ path: name, data: (root) => at(root, (parent, key) => (parent[key] = other)) });
		found.push({ path: name, data: (root) => at(root, (parent, key) => delete parent[key]) });
	}
	if (value && typeof value === 'object') {
		if (!Array.isArray(value)) {
			found.push({
				path: `${name}.extra`,
				data: (root) =>
					path.length === 0
						? { ...(root as object), extra: 1 }
						: at(root, (parent, key) => (parent[key] = { ...parent[key], extra: 1 })),
			});
		}
		for (const [key, child] of Object.entries(value))
			found.push(...mistakes(child, [...path, key]));
	}
	return found;
}

const parseLevel = 'the map a parse passes in, as Astro does';

describe.each([
	['meeting.json of the 7th U4SSC meeting', MeetingSchema, readFacts('u4ssc-7')],
	['meeting.json of an in-person meeting with a programme', MeetingSchema, readFacts('ai4good-3')],
	['en.mdx of the 7th U4SSC meeting', MeetingTextSchema, readFrontmatter('u4ssc-7', 'en')],
	['en.mdx of an in-person meeting', MeetingTextSchema, readFrontmatter('ai4good-3', 'en')],
] as const)('%s, got wrong in every way', (_, schema, valid) => {
	const cases = mistakes(valid as Json).map(({ path, data }) => [path, data(valid as Json)]);

	it.each(cases)('keeps the schema’s own words for %s over a parse’s map', (_, data) => {
		const own = schema.safeParse(data);
		const astro = schema.safeParse(data, { error: () => parseLevel });
		const messages = (result: typeof own) =>
			result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];
		for (const message of messages(astro)) expect(message).not.toContain(parseLevel);
		expect(messages(astro)).toEqual(messages(own));
	});

	it('has a mistake to make for every field', () => {
		expect(cases.length).toBeGreaterThan(40);
	});
});

describe('editorError', () => {
	const schema = z.strictObject({
		count: z.int().min(1).describe('How many there are'),
		kind: z.enum(['a', 'b']),
		name: z.string().describe('The name'),
	});
	const said = (input: unknown) =>
		schema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];

	it.each([
		[{ count: 1, kind: 'a' }, 'is missing; add it (The name)'],
		[
			{ count: '1', kind: 'a', name: 'x' },
			'must be a number, not the text "1" (How many there are)',
		],
		[
			{ count: 0, kind: 'a', name: 'x' },
			'is the number 0; it must be at least 1 (How many there are)',
		],
		[{ count: 1, kind: 'c', name: 'x' }, 'is the text "c"; it must be one of "a", "b"'],
		[{ count: 1, kind: 'a', name: null }, 'must be a text in quotes, not empty (null) (The name)'],
		[
			{ count: 1, kind: 'a', name: 'x', nmae: 'y' },
			'"nmae" is not a field here; did you mean "name"? Correct the spelling',
		],
		[
			{ count: 1, kind: 'a', name: 'x', colour: 'red' },
			'"colour" is not a field here; remove it, or use one of count, kind, name',
		],
		[
			{ count: 'REPLACE: how many', kind: 'a', name: 'x' },
			'still holds the placeholder "REPLACE: how many"; write the real value in its place (How many there are)',
		],
	])('says what is wrong with %j', (input, expected) => {
		expect(said(input)).toEqual([expected]);
	});

	it('is the map of every constructor of the schemas’ zod, unless a schema brings its own', () => {
		expect(z.string().def.error).toBe(editorError);
		expect(z.array(z.string()).def.error).toBe(editorError);
		const own = says('must be short');
		expect(z.string({ error: own }).def.error).toBe(own);
	});
});

describe('says', () => {
	const short = z.string().max(3, { error: says('must be short') });

	it('gives its own message for its own rule', () => {
		expect(short.safeParse('long').error?.issues[0]?.message).toBe('must be short');
	});

	it('still names a placeholder as one', () => {
		expect(short.safeParse('REPLACE: x').error?.issues[0]?.message).toBe(
			'still holds the placeholder "REPLACE: x"; write the real value in its place',
		);
	});
});

describe('unknownKeyMessage', () => {
	it('suggests the field a key is a typo of, and lists the fields when none is near', () => {
		expect(misspeltKey('registrationRequird', ['free', 'registrationRequired'])).toBe(
			'registrationRequired',
		);
		expect(unknownKeyMessage('zzz', ['free', 'registrationRequired'])).toBe(
			'is not a field here; remove it, or use one of free, registrationRequired',
		);
	});
});
