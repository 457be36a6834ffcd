// Reads meeting folders from disk the way the build sees them (JSON facts, YAML front matter),
// turning unreadable files into problems that name the file and line instead of crashing.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import yaml from 'js-yaml';

import type { ContentProblem } from './rules.ts';

/** One meeting folder as found on disk, before any schema has looked at it. */
export interface RawMeetingFolder {
	slug: string;
	/** The folder as shown in messages: content/meetings/u4ssc-7 */
	dir: string;
	/** Parsed meeting.json, absent when the file is missing or is not valid JSON. */
	facts?: unknown;
	/** Front matter of each `<lang>.mdx` that could be read, by file name without extension. */
	texts: Record<string, unknown>;
	/** The MDX text below the front matter of each language file, by the same name. */
	bodies: Record<string, string>;
	/** The line of each language file on which that text starts. */
	bodyLines: Record<string, number>;
	/** Files that exist (meeting.json, en.mdx, ...), readable or not. */
	files: string[];
	/** Files that could not be read or parsed. */
	problems: ContentProblem[];
}

/** The meeting folders under `root`, sorted; files beside them are not meetings and are skipped. */
export function listMeetingFolders(root: string): string[] {
	if (!existsSync(root)) return [];
	return readdirSync(root, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
		.map((entry) => entry.name)
		.sort();
}

/** Reads `<root>/<slug>/`; `shownRoot` is how the root is named in messages. */
export function readMeetingFolder(root: string, slug: string, shownRoot = root): RawMeetingFolder {
	const path = join(root, slug);
	const dir = `${shownRoot}/${slug}`;
	const folder: RawMeetingFolder = {
		slug,
		dir,
		texts: {},
		bodies: {},
		bodyLines: {},
		files: [],
		problems: [],
	};
	for (const name of readdirSync(path).sort()) {
		if (!statSync(join(path, name)).isFile()) continue;
		const isFacts = name === 'meeting.json';
		if (!isFacts && !name.endsWith('.mdx')) continue;
		folder.files.push(name);
		const file = `${dir}/${name}`;
		const source = readFileSync(join(path, name), 'utf8');
		const read = isFacts ? parseJson(source, file) : parseFrontmatter(source, file);
		if ('problems' in read) folder.problems.push(...read.problems);
		else if (isFacts) folder.facts = read.data;
		else {
			const lang = name.slice(0, -'.mdx'.length);
			folder.texts[lang] = read.data;
			folder.bodies[lang] = read.body ?? '';
			folder.bodyLines[lang] = read.bodyLine ?? 1;
		}
	}
	return folder;
}

type Parsed = { data: unknown; body?: string; bodyLine?: number } | { problems: ContentProblem[] };

/**
 * JSON.parse with the line of the mistake, counted from the character position V8 reports. A
 * byte-order mark at the start (Windows Notepad writes one) is ignored; a key given twice in one
 * object is refused, since JSON.parse would silently keep the last and drop the one edited.
 */
export function parseJson(source: string, file: string): Parsed {
	const json = source.replace(/^\uFEFF/, '');
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch (error) {
		const message = (error as Error).message;
		const position = /position (\d+)/.exec(message)?.[1];
		const line = position ? lineOf(json, Number(position)) : undefined;
		const mark = json.indexOf('\uFEFF');
		return {
			problems: [
				mark >= 0
					? {
							file,
							field: '',
							line: lineOf(json, mark),
							message:
								'holds an invisible byte-order mark (U+FEFF) inside the text, where JSON does not allow it (only at the very start, where it is ignored); it is often left by pasting two files together: delete it, or retype the line',
						}
					: {
							file,
							field: '',
							...(line && { line }),
							message: `is not valid JSON (${message.replace(/ in JSON at position.*$/, '')}); check for a missing comma or quote, or a comma after the last item`,
						},
			],
		};
	}
	const duplicates = duplicateKeys(json).map(({ path, key, first, second }) => ({
		file,
		field: [...path, key].join('.'),
		line: second,
		message: `is given twice, on lines ${first} and ${second}; only the last one would count, so keep one and delete the other`,
	}));
	return duplicates.length > 0 ? { problems: duplicates } : { data };
}

interface DuplicateKey {
	/** The keys of the objects around it, from the top. */
	path: string[];
	key: string;
	first: number;
	second: number;
}

type Frame = { name?: string | undefined } & (
	{ keys: Map<string, number>; lastKey?: string } | { index: number }
);

/** Keys that occur twice in one object of a JSON text already known to be valid. */
export function duplicateKeys(json: string): DuplicateKey[] {
	const found: DuplicateKey[] = [];
	const stack: Frame[] = [];
	let line = 1;
	for (let i = 0; i < json.length; i++) {
		const char = json[i]!;
		const frame = stack.at(-1);
		if (char === '\n') line++;
		else if (char === '{' || char === '[') {
			const name = frame && ('keys' in frame ? frame.lastKey : String(frame.index));
			stack.push(char === '{' ? { name, keys: new Map() } : { name, index: 0 });
		} else if (char === '}' || char === ']') stack.pop();
		else if (char === ',' && frame && 'index' in frame) frame.index++;
		else if (char === '"') {
			let end = i + 1;
			while (json[end] !== '"') end += json[end] === '\\' ? 2 : 1;
			// A string in an object that a colon follows is a key; decoded, so "\u0073tart" is "start".
			let next = end + 1;
			while (/\s/.test(json[next] ?? '')) next++;
			if (frame && 'keys' in frame && json[next] === ':') {
				const key = JSON.parse(json.slice(i, end + 1)) as string;
				const first = frame.keys.get(key);
				const path = stack.slice(1).map((f) => f.name ?? '');
				if (first !== undefined) found.push({ path, key, first, second: line });
				else frame.keys.set(key, line);
				frame.lastKey = key;
			}
			i = end;
		}
	}
	return found;
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n?---\s*(?:\r?\n|$)/;

/** The YAML between the opening `---` lines of an .mdx file, as data. */
export function parseFrontmatter(source: string, file: string): Parsed {
	const text = source.replace(/^\uFEFF/, '');
	const match = frontmatterPattern.exec(text);
	if (!match) {
		return {
			problems: [
				{
					file,
					field: '',
					line: 1,
					message:
						'has no front matter: the file must start with a line "---", the fields, and another "---"',
				},
			],
		};
	}
	const yamlSource = match[1]!;
	const cut: ContentProblem[] = [];
	try {
		const data =
			yaml.load(yamlSource, {
				filename: file,
				listener: (event, state) => {
					if (event !== 'close' || state.kind !== 'scalar') return;
					const problem = commentAfterValue(yamlSource, state.position, state.result);
					// +1: the YAML starts on the file's second line, after the opening `---`.
					if (problem)
						cut.push({
							file,
							field: '',
							line: lineOf(yamlSource, state.position) + 1,
							message: problem,
						});
				},
			}) ?? {};
		if (typeof data !== 'object' || Array.isArray(data)) {
			return {
				problems: [
					{
						file,
						field: '',
						line: 2,
						message: 'front matter must be fields written "name: value", one per line',
					},
				],
			};
		}
		// js-yaml reports a value twice when it is an item of a list; one problem per line.
		if (cut.length > 0)
			return { problems: cut.filter((p, i) => cut.findIndex((q) => q.line === p.line) === i) };
		return {
			data,
			body: text.slice(match[0].length),
			bodyLine: match[0].split('\n').length,
		};
	} catch (error) {
		const { reason, mark } = error as yaml.YAMLException;
		return {
			problems: [
				{
					file,
					field: '',
					// +2: the YAML starts on the line after the opening `---`.
					...(mark && { line: mark.line + 2 }),
					message: `has front matter that is not valid YAML (${reason}); check the indentation, and put text containing ": " or starting with a quote in quotes`,
				},
			],
		};
	}
}

/**
 * In YAML a " #" starts a comment, even in the middle of an unquoted value: `- Present hub #2`
 * is read as "Present hub". A value that a comment follows on its own line was most likely cut
 * so; the editor is asked to quote it (a comment on a line of its own stays allowed).
 */
function commentAfterValue(yamlText: string, position: number, value: unknown): string | undefined {
	if (yamlText[position] !== '#' || !/[ \t]/.test(yamlText[position - 1] ?? '')) return undefined;
	const lineStart = yamlText.lastIndexOf('\n', position - 1) + 1;
	if (yamlText.slice(lineStart, position).trim() === '') return undefined;
	const lineEnd = yamlText.indexOf('\n', position);
	const comment = yamlText.slice(position, lineEnd < 0 ? undefined : lineEnd).trimEnd();
	const kept = String(value);
	const whole = `${kept} ${comment}`;
	return `the value "${kept}" is cut at " #": in YAML the rest of the line ("${comment}") is a comment and would not be published; put the whole value in quotes: "${whole.replace(/["\\]/g, '\\$&')}"`;
}

function lineOf(source: string, position: number): number {
	return source.slice(0, position).split('\n').length;
}
