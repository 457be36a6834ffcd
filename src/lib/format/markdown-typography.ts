// A Sätteri hast plugin (Astro's Markdown and MDX processor) that typesets the paragraphs below each
// meeting's front matter in the language of their file (`ru.mdx` → Russian). Each paragraph is set
// as the plain text a reader reads, across its emphasis and links, and the result is cut back into
// its text nodes; code and attributes (link addresses) stay as written.

import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { HastPluginDefinition, HastVisitorContext } from 'satteri';

import { isLocale, type Locale } from '../../i18n/locales.ts';
import { typesetEach } from './typography.ts';

/** The parts of a hast node this plugin reads. */
interface HastNode {
	type: string;
	tagName?: string;
	value?: string;
	children?: readonly HastNode[];
}

/** Elements that hold lines of text: each is set as one piece. */
const blockTags = new Set([
	'p',
	'li',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'dt',
	'dd',
	'td',
	'th',
	'caption',
	'figcaption',
	'blockquote',
	'summary',
]);

/** Text shown as written. */
const verbatim = new Set(['code', 'kbd', 'pre', 'samp', 'script', 'style', 'textarea']);

/** One text node of a paragraph, and whether it is code, whose text stays as written. */
interface Piece {
	node: HastNode;
	text: string;
	code: boolean;
}

/** The text nodes of a block, in reading order, through its inline elements and code. */
function piecesOf(node: HastNode, pieces: Piece[] = [], code = false): Piece[] {
	for (const child of node.children ?? []) {
		if (child.type === 'text') {
			// A line break inside a paragraph of the source is a space on the page: set it as one, so
			// a short word at the end of a source line still holds on to the next.
			const text = code ? child.value! : child.value!.replace(/[ \t]*\n[ \t]*/g, ' ');
			pieces.push({ node: child, text, code });
		} else if (child.tagName && blockTags.has(child.tagName)) {
			continue;
		} else if (child.children) {
			piecesOf(child, pieces, code || (child.tagName !== undefined && verbatim.has(child.tagName)));
		}
	}
	return pieces;
}

/**
 * For each position of `from`, where it falls in `to`, along the shortest edit between them
 * (Myers' diff). Inside a changed stretch, positions go one for one ("..." → "…": the first dot).
 */
export function positions(from: string, to: string): Int32Array {
	const n = from.length;
	const m = to.length;
	const offset = n + m + 1;
	const v = new Int32Array(2 * offset + 1);
	const trace: Int32Array[] = [];
	search: for (let d = 0; d <= n + m; d++) {
		trace.push(v.slice());
		for (let k = -d; k <= d; k += 2) {
			let x =
				k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
					? v[offset + k + 1]!
					: v[offset + k - 1]! + 1;
			let y = x - k;
			while (x < n && y < m && from[x] === to[y]) {
				x++;
				y++;
			}
			v[offset + k] = x;
			if (x >= n && y >= m) break search;
		}
	}
	// Back from the end: the characters both texts share, as pairs of positions.
	const same: [number, number][] = [];
	let x = n;
	let y = m;
	for (let d = trace.length - 1; d >= 0; d--) {
		const round = trace[d]!;
		const k = x - y;
		const previous =
			d === 0
				? 0
				: k === -d || (k !== d && round[offset + k - 1]! < round[offset + k + 1]!)
					? k + 1
					: k - 1;
		const startX = d === 0 ? 0 : round[offset + previous]!;
		const startY = startX - previous;
		while (x > startX && y > startY) same.push([--x, --y]);
		x = startX;
		y = startY;
	}
	same.reverse();
	const map = new Int32Array(n + 1);
	let [fromAt, toAt] = [0, 0];
	for (const [a, b] of [...same, [n, m] as [number, number]]) {
		// The stretch before the next shared character changed: map it one for one.
		for (let i = fromAt; i < a; i++) map[i] = toAt + Math.min(i - fromAt, b - toAt);
		map[a] = b;
		[fromAt, toAt] = [a + 1, b + 1];
	}
	return map;
}

/**
 * The text with what typography swaps made alike, character for character (no-break spaces,
 * dashes, quotation marks), so that aligning a text with its typeset form lines up those swaps and
 * finds only what was really added or taken out ("..." → "…").
 */
const alike = (text: string) =>
	text
		.replace(/[\u00a0\u202f\u2009]/g, ' ')
		.replace(/[\u2010-\u2015\u2212]/g, '-')
		.replace(/[«»„“”‟‹›‘’']/g, '"');

/**
 * The texts of a paragraph's nodes, the paragraph set as one piece of text and cut back at the
 * same places. Whatever typograf did across a node's edge (a no-break space after «в» before a
 * link) goes to the node before it.
 */
export function typesetPieces(
	paragraphs: readonly (readonly string[])[],
	locale: Locale,
): string[][] {
	const wholes = paragraphs.map((texts) => texts.join(''));
	const set = typesetEach(wholes, locale);
	return paragraphs.map((texts, index) => {
		const whole = wholes[index]!;
		const result = set[index]!;
		if (result === whole) return [...texts];
		const map = result.length === whole.length ? undefined : positions(alike(whole), alike(result));
		const cuts = [0];
		for (const text of texts) cuts.push(cuts.at(-1)! + text.length);
		const at = (cut: number) => (map ? map[cut]! : cut);
		return texts.map((_, piece) => result.slice(at(cuts[piece]!), at(cuts[piece + 1]!)));
	});
}

/** The elements of a tree that hold lines of text, in document order; code is skipped. */
function blocksOf(node: HastNode, found: HastNode[] = []): HastNode[] {
	for (const child of node.children ?? []) {
		if (child.tagName && verbatim.has(child.tagName)) continue;
		if (child.tagName && blockTags.has(child.tagName)) found.push(child);
		blocksOf(child, found);
	}
	return found;
}

/**
 * The language of a meeting text file, from its name: `content/meetings/u4ssc-7/ru.mdx` → ru.
 * A file named otherwise (rus.mdx) is left as it is: the content check reports it and stops the
 * build, naming the file, which an error here would hide.
 */
function fileLocale(fileURL: URL | undefined): Locale | undefined {
	const name = fileURL ? basename(fileURLToPath(fileURL)).replace(/\.mdx?$/, '') : '';
	return isLocale(name) ? name : undefined;
}

export const typographyPlugin = {
	name: 'meeting-typography',
	// Every paragraph of a text at once, so they share one run of typograf.
	before(root: HastNode, ctx: HastVisitorContext) {
		const locale = fileLocale(ctx.fileURL);
		if (!locale) return;
		const blocks = blocksOf(root).map((block) => piecesOf(block));
		const set = typesetPieces(
			blocks.map((pieces) => pieces.map((piece) => piece.text)),
			locale,
		);
		blocks.forEach((pieces, block) => {
			pieces.forEach(({ node, code }, index) => {
				const value = set[block]![index]!;
				if (!code && value !== node.value) ctx.replaceNode(node as never, { type: 'text', value });
			});
		});
	},
} satisfies HastPluginDefinition;
