// The malformed-content corpus: each tests/fixtures/broken/<case>/case.json describes one mistake
// an editor can make, as changes to the fixture copy of the 7th U4SSC meeting, and what must be
// reported where.
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

import { fixtureMeetingsDir } from './content.ts';

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
	 * What `npm run check:content` must report where, word for word: the file relative to the
	 * project, the dotted field ('' = the file), the line for a mistake of syntax, and the message.
	 */
	expect: {
		file: string;
		field: string;
		line?: number;
		/** Words the report must give, in the checker and in the build alike. */
		message: string;
		/**
		 * For a mistake of syntax, which Astro's own parsers find before any schema sees the file:
		 * texts the build's output must contain instead of the message.
		 */
		build?: string[];
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
	cpSync(join(fixtureMeetingsDir, baseSlug), dir, { recursive: true });
	if (brokenCase.copyTo)
		cpSync(join(fixtureMeetingsDir, baseSlug), join(meetingsRoot, brokenCase.copyTo), {
			recursive: true,
		});
	for (const edit of brokenCase.edits ?? []) {
		const path = join(dir, edit.file);
		const source = readFileSync(path, 'utf8');
		const changed = edit.pattern
			? source.replace(new RegExp(edit.pattern), edit.replace)
			: source.replace(edit.find!, edit.replace);
		if (changed === source) {
			throw new Error(
				`${brokenCase.name}: the edit of ${edit.file} changed nothing; is the fixture meeting different now?`,
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
