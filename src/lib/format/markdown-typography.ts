// A Sätteri hast plugin (Astro's Markdown and MDX processor) that typesets the paragraphs below each
// meeting's front matter in the language of their file (`ru.mdx` → Russian). A paragraph is set as
// one piece of text, its inline markup included, so a short word before a link or quotes around
// emphasis come out as in plain text; code and attributes (link addresses) stay as written.

import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { HastPluginDefinition, HastVisitorContext } from 'satteri';

import { isLocale, type Locale } from '../../i18n/locales.ts';
import { typeset } from './typography.ts';

/** The parts of a hast node this plugin reads. */
interface HastNode {
	type: string;
	tagName?: string;
	value?: string;
	children?: readonly HastNode[];
}

/** Elements that hold lines of text: each is set on its own. */
const blocks = [
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
];
const blockTags = new Set(blocks);

/** Text shown as written. */
const verbatim = new Set(['code', 'kbd', 'pre', 'samp', 'script', 'style', 'textarea']);

/** Stands for the edge of an inline element while a paragraph is set: typograf sees a tag. */
const boundary = '<span>';

const escape = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescape = (text: string) =>
	text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The text nodes of a block, through its inline elements, stopping at blocks and code. */
function textNodes(node: HastNode, found: HastNode[] = []): HastNode[] {
	for (const child of node.children ?? []) {
		if (child.type === 'text') found.push(child);
		else if (child.tagName && (blockTags.has(child.tagName) || verbatim.has(child.tagName)))
			continue;
		else if (child.children) textNodes(child, found);
	}
	return found;
}

/**
 * The texts of a run of text nodes, set as one piece: the pieces come back in the same number,
 * each with what typograf made of it.
 */
export function typesetRun(texts: readonly string[], locale: Locale): string[] {
	if (!texts.some((text) => text.trim())) return [...texts];
	const set = typeset(texts.map(escape).join(boundary), locale).split(boundary);
	if (set.length !== texts.length) {
		throw new Error(`Typography lost the inline markup of "${texts.join('')}"`);
	}
	return set.map(unescape);
}

/** The language of a meeting text file, from its name: `content/meetings/u4ssc-7/ru.mdx` → ru. */
function fileLocale(fileURL: URL | undefined): Locale {
	const path = fileURL ? fileURLToPath(fileURL) : undefined;
	const name = path ? basename(path).replace(/\.mdx?$/, '') : '';
	if (!isLocale(name)) {
		throw new Error(
			`${path ?? 'A Markdown text without a file'}: typography takes the language from the file name (en.mdx, ru.mdx)`,
		);
	}
	return name;
}

export const typographyPlugin = {
	name: 'meeting-typography',
	element: {
		filter: blocks,
		visit(node: HastNode, ctx: HastVisitorContext) {
			const locale = fileLocale(ctx.fileURL);
			const nodes = textNodes(node);
			const set = typesetRun(
				nodes.map((text) => text.value!),
				locale,
			);
			nodes.forEach((text, index) => {
				if (set[index] !== text.value) {
					ctx.replaceNode(text as never, { type: 'text', value: set[index]! });
				}
			});
		},
	},
} satisfies HastPluginDefinition;
