// Checks every meeting folder with the same schemas and cross-file rules as the build, and says
// each problem in plain words with what would be right; used by `npm run check:content`.

import { z } from 'astro/zod';
import { mdxToMdast } from 'satteri';

import { placeholderMark } from '../../schemas/common.ts';
import { MeetingTextSchema } from '../../schemas/meeting-text.ts';
import { MeetingSchema, type Meeting } from '../../schemas/meeting.ts';
import type { MeetingText } from '../../schemas/meeting-text.ts';
import { listMeetingFolders, readMeetingFolder, type RawMeetingFolder } from './files.ts';
import { asContentProblems, bodyProblems, type BodyNode } from './mdx-body.ts';
import { checkAcrossMeetings, checkMeetingFiles, type ContentProblem } from './rules.ts';

export interface ContentReport {
	meetings: number;
	problems: ContentProblem[];
}

/** Every problem in every meeting under `root` (shown as `shownRoot` in messages). */
export function checkContent(root: string, shownRoot = root): ContentReport {
	const slugs = listMeetingFolders(root);
	const problems: ContentProblem[] = [];
	const checked = slugs.map((slug) => checkFolder(readMeetingFolder(root, slug, shownRoot)));
	problems.push(
		...checkAcrossMeetings(
			checked.map(({ slug, facts }) => ({ slug, facts })),
			shownRoot,
		),
	);
	for (const folder of checked) problems.push(...folder.problems);
	return { meetings: slugs.length, problems };
}

interface CheckedFolder {
	slug: string;
	facts?: Meeting | undefined;
	problems: ContentProblem[];
}

/** Schemas per file, then the rules across the folder's files. */
export function checkFolder(
	folder: RawMeetingFolder,
	base = folder.dir.slice(0, -folder.slug.length - 1),
): CheckedFolder {
	const problems = [...folder.problems];
	let facts: Meeting | undefined;
	if (folder.facts !== undefined) {
		const result = MeetingSchema.safeParse(folder.facts);
		if (result.success) facts = result.data;
		else
			problems.push(
				...explain(result.error, folder.facts, `${folder.dir}/meeting.json`, factsHelp),
			);
	}
	const texts: Record<string, MeetingText> = {};
	for (const [name, data] of Object.entries(folder.texts)) {
		const result = MeetingTextSchema.safeParse(data);
		if (result.success) texts[name] = result.data;
		else problems.push(...explain(result.error, data, `${folder.dir}/${name}.mdx`, textHelp));
	}
	for (const [name, body] of Object.entries(folder.bodies)) {
		problems.push(...checkMdx(body, `${folder.dir}/${name}.mdx`, folder.bodyLines[name] ?? 1));
	}
	// A file that exists but failed above is already reported; do not also call it missing.
	const unreadable = new Set(
		folder.files.filter((name) =>
			name === 'meeting.json' ? !facts : !texts[name.slice(0, -'.mdx'.length)],
		),
	);
	const across = checkMeetingFiles({
		slug: folder.slug,
		base,
		...(facts && { facts }),
		texts,
		bodies: folder.bodies,
	}).filter(
		(problem) =>
			!(problem.field === '' && unreadable.has(problem.file.slice(folder.dir.length + 1))),
	);
	problems.push(...across);
	// Folder first, then meeting.json, then the language files, so each file's problems stand together.
	const rank = (file: string) =>
		file === folder.dir ? '0' : file.endsWith('/meeting.json') ? '1' : `2${file}`;
	problems.sort((a, b) => rank(a.file).localeCompare(rank(b.file)));
	return { slug: folder.slug, facts, problems };
}

type JsonSchema = {
	description?: string;
	properties?: Record<string, JsonSchema>;
	items?: JsonSchema;
	additionalProperties?: JsonSchema | boolean;
};

// The editor-facing descriptions, found by field path, tell what a missing or wrong field holds.
const factsHelp = z.toJSONSchema(MeetingSchema, { io: 'input' }) as JsonSchema;
const textHelp = z.toJSONSchema(MeetingTextSchema, { io: 'input' }) as JsonSchema;

function describe(schema: JsonSchema, path: PropertyKey[]): JsonSchema | undefined {
	let node: JsonSchema | undefined = schema;
	for (const key of path) {
		if (!node) return undefined;
		if (typeof key === 'number') node = node.items;
		else
			node =
				node.properties?.[String(key)] ??
				(typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
	}
	return node;
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
	let value = data;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

const kinds: Record<string, string> = {
	string: 'a text in quotes',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a group of fields',
};

function kindOf(value: unknown): string {
	if (value === null) return 'empty (null)';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string') return `the text "${value}"`;
	if (typeof value === 'object') return 'a group of fields';
	return `${typeof value === 'number' ? 'the number' : ''} ${String(value)}`.trim();
}

/** One problem per zod issue, in an editor's words, with the field's own description as help. */
function explain(
	error: z.ZodError,
	data: unknown,
	file: string,
	help: JsonSchema,
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	// A misspelt key is also a missing one; the "did you mean" message covers both.
	const renamed = new Set<string>();
	for (const issue of error.issues) {
		const field = issue.path.map(String).join('.');
		const about = describe(help, issue.path)?.description;
		const hint = about ? ` (${about})` : '';
		if (issue.code === 'unrecognized_keys') {
			const known = Object.keys(describe(help, issue.path)?.properties ?? {});
			for (const key of issue.keys) {
				const guess = closest(key, known);
				if (guess) renamed.add([...issue.path.map(String), guess].join('.'));
				problems.push({
					file,
					field: [...issue.path.map(String), key].join('.'),
					message: guess
						? `is not a field here; did you mean "${guess}"? Correct the spelling`
						: `is not a field here; remove it, or use one of ${known.join(', ')}`,
				});
			}
			continue;
		}
		const value = valueAt(data, issue.path);
		let message = issue.message;
		if (typeof value === 'string' && value.includes(placeholderMark)) {
			message = `still holds the placeholder "${value}"; write the real value in its place${hint}`;
		} else if (issue.code === 'invalid_type') {
			const wanted = kinds[issue.expected] ?? issue.expected;
			message =
				value === undefined
					? `is missing; add it${hint}`
					: `must be ${wanted}, not ${kindOf(value)}${hint}`;
		} else if (issue.code === 'invalid_value') {
			message = `is ${kindOf(value)}; it must be one of ${issue.values.map((v) => `"${String(v)}"`).join(', ')}`;
		} else if (
			(issue.code === 'too_small' || issue.code === 'too_big') &&
			/^Too (small|big)/.test(message)
		) {
			const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
			const inclusive = issue.inclusive !== false;
			const words =
				issue.code === 'too_small'
					? inclusive
						? 'at least'
						: 'more than'
					: inclusive
						? 'at most'
						: 'less than';
			message = `is ${kindOf(value)}; it must be ${words} ${String(limit)}${hint}`;
		} else if (/^Invalid/.test(message)) {
			message = `is ${kindOf(value)}, which is not allowed here${hint}`;
		}
		problems.push({ file, field, message });
	}
	// One message per field: a placeholder date fails both its pattern and the calendar check.
	return problems.filter(
		(problem, index) =>
			!renamed.has(problem.field) &&
			problems.findIndex((other) => other.field === problem.field) === index,
	);
}

/** The known name nearest to a misspelt one, if it is near enough to be a typo. */
function closest(name: string, known: string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
	for (const candidate of known) {
		const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}

function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(
				previous[j]! + 1,
				current[j - 1]! + 1,
				previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
			);
		}
		previous = current;
	}
	return previous[b.length]!;
}

/**
 * The text below the front matter is MDX, where `<` opens a tag and `{` an expression; a lone one
 * stops the build. Parsed with satteri, the MDX compiler the site's build uses, and then held to
 * the build's rules for what the text may contain (mdx-body.ts).
 */
function checkMdx(body: string, file: string, firstLine: number): ContentProblem[] {
	let tree: BodyNode;
	try {
		tree = mdxToMdast(body) as BodyNode;
	} catch (error) {
		const message = (error as Error).message;
		const [, line, reason] = /^(\d+):\d+: ([\s\S]*?)(?: \([\w:-]+\))?$/.exec(message) ?? [];
		return [
			{
				file,
				field: 'body',
				...(line && { line: firstLine + Number(line) - 1 }),
				message: `the text below the front matter is not valid MDX (${(reason ?? message).replace(/ \(\d+:\d+\)/g, '')}); write a lone < as &lt; and { as \\{, and close every tag you open`,
			},
		];
	}
	return asContentProblems(bodyProblems(tree), file, firstLine);
}
