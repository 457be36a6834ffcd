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
		if ('problem' in read) folder.problems.push(read.problem);
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

type Parsed = { data: unknown; body?: string; bodyLine?: number } | { problem: ContentProblem };

/** JSON.parse with the line of the mistake, counted from the character position V8 reports. */
export function parseJson(source: string, file: string): Parsed {
	try {
		return { data: JSON.parse(source) };
	} catch (error) {
		const message = (error as Error).message;
		const position = /position (\d+)/.exec(message)?.[1];
		const line = position ? lineOf(source, Number(position)) : undefined;
		return {
			problem: {
				file,
				field: '',
				...(line && { line }),
				message: `is not valid JSON (${message.replace(/ in JSON at position.*$/, '')}); check for a missing comma or quote, or a comma after the last item`,
			},
		};
	}
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n?---\s*(?:\r?\n|$)/;

/** The YAML between the opening `---` lines of an .mdx file, as data. */
export function parseFrontmatter(source: string, file: string): Parsed {
	const match = frontmatterPattern.exec(source.replace(/^\uFEFF/, ''));
	if (!match) {
		return {
			problem: {
				file,
				field: '',
				line: 1,
				message:
					'has no front matter: the file must start with a line "---", the fields, and another "---"',
			},
		};
	}
	try {
		const data = yaml.load(match[1]!, { filename: file }) ?? {};
		if (typeof data !== 'object' || Array.isArray(data)) {
			return {
				problem: {
					file,
					field: '',
					line: 2,
					message: 'front matter must be fields written "name: value", one per line',
				},
			};
		}
		return {
			data,
			body: source.slice(match[0].length),
			bodyLine: match[0].split('\n').length,
		};
	} catch (error) {
		const { reason, mark } = error as yaml.YAMLException;
		return {
			problem: {
				file,
				field: '',
				// +2: the YAML starts on the line after the opening `---`.
				...(mark && { line: mark.line + 2 }),
				message: `has front matter that is not valid YAML (${reason}); check the indentation, and put text containing ": " or starting with a quote in quotes`,
			},
		};
	}
}

function lineOf(source: string, position: number): number {
	return source.slice(0, position).split('\n').length;
}
