// The malformed-content corpus: each tests/fixtures/broken/<case>/case.json describes one mistake
// an editor can make, as changes to a copy of the real 7th U4SSC meeting, and where it must be reported.
import {
	cpSync,
	existsSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { contentDir } from './content.ts';

export interface BrokenCase {
	name: string;
	/** The mistake, in words: "a misspelt key in meeting.json". */
	what: string;
	/** Text replacements in the meeting's files; `find` must occur, `pattern` is a RegExp. */
	edits?: { file: string; find?: string; pattern?: string; replace: string }[];
	/** Files of the meeting to delete. */
	remove?: string[];
	/** Files of the meeting to rename: { "ru.mdx": "rus.mdx" }. */
	rename?: Record<string, string>;
	/** Give the meeting's folder this name instead of u4ssc-7. */
	folder?: string;
	/** Also keep an unchanged copy of the meeting under this folder name. */
	copyTo?: string;
	/**
	 * Where the problem must be reported: file relative to the project, dotted field ('' = file),
	 * and the line for mistakes of syntax, which the build names by line rather than by field.
	 */
	expect: {
		file: string;
		field: string;
		line?: number;
		/** Words the report must give, in the checker and in the build alike. */
		message?: string;
	}[];
}

const corpusDir = fileURLToPath(new URL('../fixtures/broken/', import.meta.url));
export const baseSlug = 'u4ssc-7';

export function brokenCases(): BrokenCase[] {
	return readdirSync(corpusDir)
		.sort()
		.map((name) => ({
			name,
			...(JSON.parse(readFileSync(join(corpusDir, name, 'case.json'), 'utf8')) as Omit<
				BrokenCase,
				'name'
			>),
		}));
}

/** Writes the broken meeting into `meetingsRoot` (a fresh folder of meetings). */
export function writeBrokenMeeting(brokenCase: BrokenCase, meetingsRoot: string): void {
	const dir = join(meetingsRoot, brokenCase.folder ?? baseSlug);
	rmSync(join(meetingsRoot, baseSlug), { recursive: true, force: true });
	cpSync(join(contentDir, baseSlug), dir, { recursive: true });
	if (brokenCase.copyTo)
		cpSync(join(contentDir, baseSlug), join(meetingsRoot, brokenCase.copyTo), { recursive: true });
	for (const edit of brokenCase.edits ?? []) {
		const path = join(dir, edit.file);
		const source = readFileSync(path, 'utf8');
		const changed = edit.pattern
			? source.replace(new RegExp(edit.pattern), edit.replace)
			: source.replace(edit.find!, edit.replace);
		if (changed === source) {
			throw new Error(
				`${brokenCase.name}: the edit of ${edit.file} changed nothing; is the real meeting different now?`,
			);
		}
		writeFileSync(path, changed);
	}
	for (const file of brokenCase.remove ?? []) {
		if (!existsSync(join(dir, file))) throw new Error(`${brokenCase.name}: no ${file} to remove`);
		rmSync(join(dir, file));
	}
	for (const [from, to] of Object.entries(brokenCase.rename ?? {}))
		renameSync(join(dir, from), join(dir, to));
}
