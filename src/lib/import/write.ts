// Drafts a meeting folder from a circular, or adds the second language to one drafted before.
// Nothing is overwritten: a new folder is written whole or not at all, and a second circular only
// fills the language file that is missing or still the untouched skeleton, after checking that its
// facts agree with meeting.json.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import * as prettier from 'prettier';

import { locales, type Locale } from '../../i18n/locales.ts';
import { placeholderMark } from '../../schemas/common.ts';
import { newMeetingDir, writeNewFiles } from '../content/scaffold.ts';
import {
	draftFacts,
	draftSkeleton,
	draftText,
	getPath,
	isUntouchedSkeleton,
	languageNames,
	placeholdersIn,
	renderSkeleton,
	renderText,
} from './draft.ts';
import { assertAnnouncesMeeting, readMeeting, type Fact, type Reading } from './extract.ts';
import { readLetter } from './letter.ts';
import { ImportError, readCircular } from './source.ts';

export interface ImportOptions {
	/** The circular: .docx or .txt. */
	file: string;
	slug: string;
	/** The folder of meetings on disk. */
	root: string;
	/** How that folder is named in messages: content/meetings. */
	shownRoot?: string;
	/** The JSON Schema's path as meeting.json refers to it. */
	schemaPath: string;
}

export interface ReportedFact extends Fact {
	file: string;
}

export interface LeftField {
	file: string;
	field: string;
	hint: string;
}

export interface ImportResult {
	language: Locale;
	/** The folder as shown: content/meetings/u4ssc-7 */
	dir: string;
	written: { file: string; as: 'draft' | 'skeleton' }[];
	/** Whether this run added a language to a meeting drafted before. */
	merged: boolean;
	facts: ReportedFact[];
	left: LeftField[];
}

const prettierConfigFrom = fileURLToPath(new URL('../../../package.json', import.meta.url));

/** meeting.json as the project's Prettier writes it, so the draft passes `npm run lint`. */
async function formatJson(data: unknown): Promise<string> {
	const options = (await prettier.resolveConfig(prettierConfigFrom)) ?? {};
	return prettier.format(JSON.stringify(data, null, '\t'), { ...options, parser: 'json' });
}

export async function importCircular(options: ImportOptions): Promise<ImportResult> {
	const { file, slug, root } = options;
	const shownRoot = options.shownRoot ?? root;
	const source = await readCircular(file);
	const letter = readLetter(source.lines);
	const reading = readMeeting(letter);
	assertAnnouncesMeeting(letter, reading, file);
	const lang = reading.language;
	const other = locales.find((locale) => locale !== lang)!;
	const shownDir = `${shownRoot}/${slug}`;

	const target = newMeetingDir(root, slug);
	if ('dir' in target) {
		const facts = draftFacts(reading, options.schemaPath);
		const text = draftText(reading, facts);
		const skeleton = draftSkeleton(other, text);
		writeNewFiles(target.dir, {
			'meeting.json': await formatJson(facts),
			[`${lang}.mdx`]: renderText(text.front, text.body),
			[`${other}.mdx`]: renderSkeleton(skeleton.front, skeleton.body, other, slug),
		});
		return {
			language: lang,
			dir: shownDir,
			merged: false,
			written: [
				{ file: 'meeting.json', as: 'draft' },
				{ file: `${lang}.mdx`, as: 'draft' },
				{ file: `${other}.mdx`, as: 'skeleton' },
			],
			facts: reported(reading),
			left: [
				...left('meeting.json', facts),
				...left(`${lang}.mdx`, text.front, text.body),
				...left(`${other}.mdx`, skeleton.front, skeleton.body),
			],
		};
	}

	// The folder exists: add this circular's language to it, or refuse.
	const dir = join(root, slug);
	const factsFile = join(dir, 'meeting.json');
	if (!existsSync(factsFile)) throw new ImportError(target.error);
	let existing: Record<string, unknown>;
	try {
		existing = JSON.parse(readFileSync(factsFile, 'utf8')) as Record<string, unknown>;
	} catch (error) {
		throw new ImportError(
			`${shownDir}/meeting.json is not valid JSON (${(error as Error).message}); fix it before importing the ${languageNames[lang].en} circular; nothing was written`,
		);
	}
	const textFile = join(dir, `${lang}.mdx`);
	const skeleton = existsSync(textFile) ? readFileSync(textFile, 'utf8') : undefined;
	if (skeleton !== undefined && !isUntouchedSkeleton(skeleton)) {
		throw new ImportError(
			`${shownDir}/${lang}.mdx already holds ${languageNames[lang].en} text (it is not the untouched skeleton an import writes); nothing was written. To draft it again from ${file}, move that file away first.`,
		);
	}
	const disagreements = reading.facts.flatMap((fact) => {
		const have = getPath(existing, fact.field);
		if (have === undefined || (typeof have === 'string' && have.startsWith(placeholderMark)))
			return [];
		if (JSON.stringify(have) === JSON.stringify(fact.value)) return [];
		const where = fact.line
			? ` (line ${fact.line.number}: ${quote(fact.words ?? fact.line.text)})`
			: fact.via
				? ` (from ${fact.via})`
				: '';
		return [
			`  ${fact.field}: meeting.json has ${JSON.stringify(have)}, the ${languageNames[lang].en} circular has ${JSON.stringify(fact.value)}${where}`,
		];
	});
	if (disagreements.length > 0) {
		throw new ImportError(
			`${file} disagrees with ${shownDir}/meeting.json; nothing was written:\n${disagreements.join('\n')}\nCheck which is right, correct meeting.json or the circular, and import again.`,
		);
	}
	const text = draftText(reading, existing);
	const content = renderText(text.front, text.body);
	if (skeleton === undefined) writeFileSync(textFile, content, { flag: 'wx' });
	else writeFileSync(textFile, content);
	const stillOpen = placeholdersIn(existing).map((field) => {
		const says = reading.facts.find((fact) => fact.field === field);
		return {
			file: 'meeting.json',
			field,
			hint: says
				? `the ${languageNames[lang].en} circular says ${JSON.stringify(says.value)}${says.line ? ` (line ${says.line.number})` : ''}`
				: hintOf(getPath(existing, field)),
		};
	});
	return {
		language: lang,
		dir: shownDir,
		merged: true,
		written: [{ file: `${lang}.mdx`, as: 'draft' }],
		facts: reported(reading).filter((fact) => fact.file !== 'meeting.json'),
		left: [...stillOpen, ...left(`${lang}.mdx`, text.front, text.body)],
	};
}

function reported(reading: Reading): ReportedFact[] {
	return [
		...reading.facts.map((fact) => ({ ...fact, file: 'meeting.json' })),
		...reading.text.map((fact) => ({ ...fact, file: `${reading.language}.mdx` })),
	];
}

function hintOf(value: unknown): string {
	return String(value).slice(placeholderMark.length).trim();
}

function left(file: string, data: unknown, body?: string): LeftField[] {
	const fields = placeholdersIn(data).map((field) => ({
		file,
		field,
		hint: hintOf(getPath(data, field)),
	}));
	const bodyLine = body?.split('\n').find((line) => line.includes(placeholderMark));
	if (bodyLine) fields.push({ file, field: 'body', hint: hintOf(bodyLine) });
	return fields;
}

export function quote(text: string, max = 70): string {
	const tidy = text.replace(/\s+/g, ' ').trim();
	return `"${tidy.length > max ? `${tidy.slice(0, max - 1)}…` : tidy}"`;
}
