// Reads a circular into numbered lines of text. A plain-text export is taken as it is; a Word
// file goes through mammoth's HTML, where each paragraph, list item and table row becomes a line
// the way Word's own text export writes them, so both are read by the same code.

import { readFileSync } from 'node:fs';
import { extname } from 'node:path';

import mammoth from 'mammoth';
import { parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5';

export interface SourceLine {
	/** 1-based: the line of a text file, the paragraph of a Word file. */
	number: number;
	text: string;
}

export interface Source {
	file: string;
	kind: 'text' | 'docx';
	lines: SourceLine[];
}

/** A circular that cannot be drafted; the message names the file and what to do. */
export class ImportError extends Error {}

export async function readCircular(file: string): Promise<Source> {
	const extension = extname(file).toLowerCase();
	let buffer: Buffer;
	try {
		buffer = readFileSync(file);
	} catch (error) {
		throw new ImportError(
			`${file} cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
		);
	}
	if (extension === '.docx') {
		let html: string;
		try {
			html = (await mammoth.convertToHtml({ buffer })).value;
		} catch (error) {
			throw new ImportError(
				`${file} is not a Word document that can be read (${(error as Error).message}); save it again as .docx, or export it as plain text (.txt)`,
			);
		}
		return { file, kind: 'docx', lines: numbered(htmlToLines(html)) };
	}
	if (extension === '.txt' || extension === '') {
		const text = buffer.toString('utf8');
		if (text.includes('\u0000')) {
			throw new ImportError(
				`${file} is not a text file; give the circular as .docx or as plain text (.txt)`,
			);
		}
		return { file, kind: 'text', lines: numbered(text.replace(/^\uFEFF/, '').split(/\r\n?|\n/)) };
	}
	throw new ImportError(
		`${file}: ${extension} files cannot be read; give the circular as .docx (Word) or .txt (plain text)${extension === '.doc' ? ', saving this old Word file as .docx' : ''}`,
	);
}

function numbered(lines: string[]): SourceLine[] {
	return lines.map((text, index) => ({ number: index + 1, text }));
}

type Node = T.ChildNode;

function isElement(node: Node): node is T.Element {
	return 'tagName' in node;
}

/** The text of a node, with <br> as a line break. */
function textOf(node: Node): string {
	if (node.nodeName === '#text') return (node as T.TextNode).value;
	if (!isElement(node)) return '';
	if (node.tagName === 'br') return '\n';
	return node.childNodes.map(textOf).join('');
}

/** Lines as Word's text export writes them: list items marked, table cells flattened. */
export function htmlToLines(html: string): string[] {
	const lines: string[] = [];
	const walk = (nodes: Node[]) => {
		for (const node of nodes) {
			if (!isElement(node)) {
				const text = textOf(node).trim();
				if (text) lines.push(...text.split('\n'));
				continue;
			}
			if (/^(?:p|h[1-6])$/.test(node.tagName)) {
				lines.push(...textOf(node).split('\n'));
			} else if (node.tagName === 'ul' || node.tagName === 'ol') {
				let n = 0;
				for (const item of node.childNodes.filter(isElement)) {
					n += 1;
					const nested = item.childNodes.filter(
						(child) => isElement(child) && (child.tagName === 'ul' || child.tagName === 'ol'),
					);
					const own = item.childNodes.filter((child) => !nested.includes(child));
					const marker = node.tagName === 'ol' ? String(n) : '•';
					lines.push(`${marker}\t${own.map(textOf).join('').replace(/\n/g, ' ').trim()}`);
					walk(nested);
				}
			} else if (node.tagName === 'table') {
				for (const row of rows(node)) {
					const cells = row.childNodes
						.filter(isElement)
						.map((cell) =>
							cell.childNodes
								.flatMap((child) => textOf(child).split('\n'))
								.filter((line) => line.trim()),
						);
					// A row of one-line cells reads as one line with tabs; taller cells one after another.
					if (cells.every((cell) => cell.length <= 1))
						lines.push(cells.map((cell) => cell[0] ?? '').join('\t'));
					else for (const cell of cells) lines.push(...cell);
				}
			} else {
				walk(node.childNodes);
			}
		}
	};
	walk(parseFragment(html).childNodes);
	return lines;
}

function rows(table: T.Element): T.Element[] {
	return table.childNodes
		.filter(isElement)
		.flatMap((child) => (child.tagName === 'tr' ? [child] : rows(child)));
}
