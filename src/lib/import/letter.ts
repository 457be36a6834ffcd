// Finds the parts of an ITU letter in its lines: the place and date, "Ref:", "To:", "Copy:", the
// contacts, "Subject:", the numbered paragraphs with their bullets, and a "Key deadlines" table.
// Exports are messy, so a line is first cut into cells: at tabs, at " / ", and before a label that
// ran into the text before it ("Geneva, 18 December 2017Ref:TSB Circular 71").

import type { Locale } from '../../i18n/locales.ts';
import { languageOf } from './dates.ts';
import type { SourceLine } from './source.ts';

/** A piece of text with the line it came from. */
export interface Located {
	text: string;
	line: SourceLine;
}

export interface Paragraph {
	/** The number the letter gives it: 1, 2, … */
	number: number;
	/** Its text, one piece per line it spans. */
	parts: Located[];
	bullets: Located[];
}

export interface Letter {
	language: Locale;
	/** "Geneva, 2 May 2023" */
	placeAndDate?: Located;
	reference?: Located;
	addressees: Located[];
	copies: Located[];
	contacts: Partial<Record<'phone' | 'fax' | 'email', Located>>;
	/** The subject, one piece per line. */
	subject: Located[];
	paragraphs: Paragraph[];
	/** Rows of the key deadlines table: a date cell and what is due. */
	deadlines: { date: Located; what: Located }[];
	lines: SourceLine[];
}

type Label = 'ref' | 'to' | 'copy' | 'phone' | 'fax' | 'email' | 'contact' | 'subject';

const labelPatterns: [Label, RegExp][] = [
	['ref', /^(?:Our\s+ref|Ref|Осн)\.?\s*:/i],
	['to', /^(?:To|Кому)\s*:/i],
	['copy', /^(?:Cop(?:y|ies)(?:\s+to)?|Копи[ияй])\s*:/i],
	['phone', /^(?:Tel(?:ephone)?|Тел(?:ефон)?)\.?\s*:/i],
	['fax', /^(?:Fax|Факс)\.?\s*:/i],
	['email', /^(?:E-?mail|Эл\.?\s*почта|Электронная почта)\s*:/i],
	['contact', /^(?:Contact(?:\s+person)?|Для контактов|Контактное лицо)\s*:/i],
	['subject', /^(?:Subject|Предмет)\s*:/i],
];

/** Where a label starts inside a run-together line: capitalised, after no letter. */
const labelStart =
	/(?<!\p{L})(?=(?:Our ref|Ref|Осн|To|Кому|Copy to|Copy|Copies|Копии|Копия|Tel|Telephone|Тел|Fax|Факс|E-mail|Email|Эл\. почта|Contact|Для контактов|Subject|Предмет)\.?\s*:)/u;

const bulletMark = /^(?:[•·▪◦*–—−-]|o(?=\t))\s*/u;
const salutation = /^(?:Dear\b|Уважаем)/iu;
const closing = /^(?:Yours (?:faithfully|sincerely)|With (?:best|kind) regards|С уважением)/iu;
const deadlineHeading =
	/^(?:Key deadlines|Deadlines|Основные (?:предельные )?сроки|Важные сроки|Предельные сроки)(?![\p{L}])/iu;

/** A line cut into its cells. */
function cells(text: string, header: boolean): string[] {
	return text
		.split(/\t+| \/ /)
		.flatMap((cell) => (header ? cell.split(labelStart) : [cell]))
		.map((cell) => cell.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
}

function labelOf(cell: string): { label: Label; rest: string } | undefined {
	for (const [label, pattern] of labelPatterns) {
		const match = pattern.exec(cell);
		if (match) return { label, rest: cell.slice(match[0].length).trim() };
	}
	return undefined;
}

const emailPattern = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
const phonePattern = /^\+?[\d\s().-]{7,}$/;

/** The parts of the letter in `lines`. */
export function readLetter(lines: SourceLine[]): Letter {
	const language = languageOf(lines.map((line) => line.text).join('\n'));
	const letter: Letter = {
		language,
		addressees: [],
		copies: [],
		contacts: {},
		subject: [],
		paragraphs: [],
		deadlines: [],
		lines,
	};
	// The header ends where the letter starts: the salutation or the first numbered paragraph.
	let bodyStart = lines.findIndex(
		(line) => salutation.test(line.text.trim()) || /^1(?:\t|\.?\s+)\S/.test(line.text.trim()),
	);
	if (bodyStart < 0) bodyStart = lines.length;
	readHeader(letter, lines.slice(0, bodyStart));
	readBody(letter, lines.slice(bodyStart));
	return letter;
}

function readHeader(letter: Letter, lines: SourceLine[]) {
	let section: Label | undefined;
	let awaitingReference = false;
	const pendingContacts: ('phone' | 'fax' | 'email')[] = [];
	let listHasBullets = false;
	let bulletNext = false;
	for (const line of lines) {
		if (!line.text.trim()) {
			// A blank line ends a list without bullets and the subject.
			if (section === 'subject' && letter.subject.length > 0) section = undefined;
			if ((section === 'to' || section === 'copy') && !listHasBullets) section = undefined;
			continue;
		}
		for (const cell of cells(line.text, true)) {
			const labelled = labelOf(cell);
			if (labelled) {
				section = labelled.label;
				listHasBullets = false;
				bulletNext = false;
				const { rest } = labelled;
				if (section === 'ref') awaitingReference = !rest;
				if (section === 'ref' && rest) letter.reference = { text: rest, line };
				if (section === 'phone' || section === 'fax' || section === 'email') {
					if (rest) assignContact(letter, section, rest, line);
					else pendingContacts.push(section);
				}
				if ((section === 'to' || section === 'copy') && rest)
					listFor(letter, section).push({ text: rest, line });
				if (section === 'subject' && rest) letter.subject.push({ text: rest, line });
				continue;
			}
			if (awaitingReference) {
				letter.reference = { text: cell, line };
				awaitingReference = false;
				section = undefined;
				continue;
			}
			if (
				emailPattern.test(cell) ||
				(phonePattern.test(cell) && /\d{3}/.test(cell) && !/^\d{1,2}\s/.test(cell))
			) {
				const kind = emailPattern.test(cell) ? 'email' : undefined;
				const slot = kind
					? pendingContacts.find((label) => label === 'email')
					: pendingContacts.find((label) => label !== 'email');
				if (slot) {
					pendingContacts.splice(pendingContacts.indexOf(slot), 1);
					assignContact(letter, slot, cell, line);
					continue;
				}
			}
			if (!letter.placeAndDate && /^\p{Lu}[\p{L} .-]+,\s*\d{1,2}\s+\p{L}+\.?\s+\d{4}/u.test(cell)) {
				letter.placeAndDate = { text: cell, line };
				continue;
			}
			if (section === 'to' || section === 'copy') {
				const bullet = bulletMark.exec(cell);
				if (bullet && bullet[0].length === cell.length) {
					// The mark and its text in two cells ("–\tMember States").
					bulletNext = true;
					listHasBullets = true;
					continue;
				}
				if (bullet || bulletNext) listHasBullets = true;
				if (bullet || bulletNext || !listHasBullets) {
					listFor(letter, section).push({ text: cell.slice(bullet?.[0].length ?? 0).trim(), line });
				} else {
					section = undefined;
				}
				bulletNext = false;
				continue;
			}
			if (section === 'subject') letter.subject.push({ text: cell, line });
		}
	}
}

function listFor(letter: Letter, section: 'to' | 'copy'): Located[] {
	return section === 'to' ? letter.addressees : letter.copies;
}

function assignContact(
	letter: Letter,
	kind: 'phone' | 'fax' | 'email',
	value: string,
	line: SourceLine,
) {
	letter.contacts[kind] ??= { text: value, line };
}

function readBody(letter: Letter, lines: SourceLine[]) {
	let current: Paragraph | undefined;
	let inDeadlines = false;
	let lastDeadlineDate: Located | undefined;
	let ended = false;
	for (const line of lines) {
		const text = line.text.replace(/\s+$/, '');
		const trimmed = text.trim();
		if (!trimmed) continue;
		if (closing.test(trimmed)) {
			ended = true;
			inDeadlines = false;
			continue;
		}
		// "Key deadlines:" may be a numbered paragraph of its own ("6\tKey deadlines:").
		const heading = trimmed.replace(/^\d{1,2}[.)]?\s+/, '');
		if (deadlineHeading.test(heading)) {
			inDeadlines = true;
			const rest = heading.replace(deadlineHeading, '').replace(/^[\s:/]+/, '');
			if (rest)
				lastDeadlineDate = readDeadlineRow(letter, rest, line, lastDeadlineDate) ?? undefined;
			continue;
		}
		if (inDeadlines) {
			const next = readDeadlineRow(letter, trimmed, line, lastDeadlineDate);
			if (next !== null) {
				lastDeadlineDate = next;
				continue;
			}
			inDeadlines = false;
		}
		if (ended || salutation.test(trimmed) || /^уважаем/iu.test(trimmed)) continue;
		const numberedMatch = /^(\d{1,2})[.)]?(?:\t+|\s+)(?=\S)/.exec(trimmed);
		const expected = (current?.number ?? 0) + 1;
		if (numberedMatch && Number(numberedMatch[1]) === expected) {
			current = { number: expected, parts: [], bullets: [] };
			letter.paragraphs.push(current);
			current.parts.push({ text: clean(trimmed.slice(numberedMatch[0].length)), line });
			continue;
		}
		if (!current) continue;
		const bullet = bulletMark.exec(trimmed);
		if (bullet) current.bullets.push({ text: clean(trimmed.slice(bullet[0].length)), line });
		else current.parts.push({ text: clean(trimmed), line });
	}
}

/**
 * One row of the deadlines table: "12 January 2018\tSubmit contributions", the flattened
 * "12 January 2018 / Submit contributions", or "–\tSubmit visa requests" under the date above it.
 * Returns the row's date, or null when the line is not a row.
 */
function readDeadlineRow(
	letter: Letter,
	text: string,
	line: SourceLine,
	previous: Located | undefined,
): Located | undefined | null {
	const parts = text
		.split(/\t+| \/ |\s+[–—-]\s+(?=\p{L})/u)
		.map((part) => clean(part.replace(bulletMark, '')))
		.filter(Boolean);
	const dateLike =
		/^\d{1,2}\s+\p{L}+\.?(?:\s+\d{4})?(?:\s*(?:года|г\.))?$|^\p{L}+\s+\d{1,2},\s*\d{4}$/u;
	// Date, then what is due; a flattened table puts several rows on one line.
	let date = bulletMark.test(text) ? previous : undefined;
	let rows = 0;
	for (const part of parts) {
		if (dateLike.test(part)) date = { text: part, line };
		else if (date) {
			letter.deadlines.push({ date, what: { text: part, line } });
			rows += 1;
		}
	}
	return rows > 0 ? date : null;
}

/** Spaces tidied; a minus sign between words read as the dash it stands for. */
export function clean(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.replace(/\s−\s/g, ' – ')
		.replace(/(\d)−(\d)/g, '$1–$2')
		.trim();
}

/** The sentences of a paragraph's text, each with its line. */
export function sentences(parts: Located[]): Located[] {
	return parts.flatMap((part) =>
		part.text
			// Not after the abbreviations of times and dates («09 час. 30 мин. CEST», "Mr. Lee").
			.split(
				/(?<![^\p{L}](?:час|мин|г|гг|д|е|Mr|Ms|Mrs|Dr|No|St|e\.g|i\.e))(?<=[.!?])\s+(?=[\p{Lu}"«“])/u,
			)
			.filter(Boolean)
			.map((text) => ({ text, line: part.line })),
	);
}
