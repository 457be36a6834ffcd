// Checks every meeting folder with the same schemas and cross-file rules as the build, and says
// each problem in plain words with what would be right; used by `npm run check:content`. Node
// only, like all of src/lib/content (files, rules, the scaffold).

import { z } from 'astro/zod';
import { mdxToMdast } from 'satteri';

import { knownKeys, misspeltKey, unknownKeyMessage } from '../../schemas/errors.ts';
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
		else problems.push(...explain(result.error, MeetingSchema, `${folder.dir}/meeting.json`));
	}
	const texts: Record<string, MeetingText> = {};
	for (const [name, data] of Object.entries(folder.texts)) {
		const result = MeetingTextSchema.safeParse(data);
		if (result.success) texts[name] = result.data;
		else problems.push(...explain(result.error, MeetingTextSchema, `${folder.dir}/${name}.mdx`));
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

/**
 * One problem per zod issue. The schemas' own error maps (src/schemas/errors.ts) have already put
 * each message in an editor's words, the same the build shows; here an issue about unknown keys,
 * which names the object, becomes one problem per key, named by the key itself.
 */
function explain(error: z.ZodError, schema: z.ZodType, file: string): ContentProblem[] {
	const problems: ContentProblem[] = [];
	// A misspelt key is also a missing one; the "did you mean" message covers both.
	const renamed = new Set<string>();
	for (const issue of error.issues) {
		const path = issue.path.map(String);
		if (issue.code !== 'unrecognized_keys') {
			problems.push({ file, field: path.join('.'), message: issue.message });
			continue;
		}
		const known = knownKeys(schemaAt(schema, issue.path));
		for (const key of issue.keys) {
			const guess = misspeltKey(key, known);
			if (guess) renamed.add([...path, guess].join('.'));
			problems.push({
				file,
				field: [...path, key].join('.'),
				message: unknownKeyMessage(key, known),
			});
		}
	}
	// zod's URL check finds a bad protocol and a bad host apart; the editor needs the words once.
	const said = new Set<string>();
	return problems.filter((problem) => {
		const key = `${problem.field}\n${problem.message}`;
		if (renamed.has(problem.field) || said.has(key)) return false;
		said.add(key);
		return true;
	});
}

/** The schema of the value at `path`, through optional values, lists and records. */
function schemaAt(schema: unknown, path: PropertyKey[]): unknown {
	let node = schema;
	for (const key of path) {
		while (node instanceof z.ZodOptional) node = node.unwrap();
		if (node instanceof z.ZodObject) node = node.shape[String(key)];
		else if (node instanceof z.ZodArray) node = node.element;
		else if (node instanceof z.ZodRecord) node = node.valueType;
		else return undefined;
	}
	while (node instanceof z.ZodOptional) node = node.unwrap();
	return node;
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
