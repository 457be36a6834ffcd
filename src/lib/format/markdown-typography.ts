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

const escape = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescape = (text: string) =>
	text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * A block as typograf reads HTML: its text escaped, each inline element a <span> around its
 * text, code an empty one, nested blocks left out. `nodes` gets the text nodes in order, `slots`
 * the place of each one's text among the pieces between the tags.
 */
function markup(node: HastNode, nodes: HastNode[], slots: number[], tags = { count: 0 }): string {
	let html = '';
	for (const child of node.children ?? []) {
		if (child.type === 'text') {
			// Two texts side by side would fall into one piece: keep them apart with an empty tag.
			if (slots.at(-1) === tags.count && nodes.length > 0) {
				html += '<span></span>';
				tags.count += 2;
			}
			nodes.push(child);
			slots.push(tags.count);
			// A line break inside a paragraph of the source is a space on the page: set it as one, so
			// a short word at the end of a source line still holds on to the next.
			html += escape(child.value!.replace(/[ \t]*\n[ \t]*/g, ' '));
		} else if (child.tagName && blockTags.has(child.tagName)) {
			continue;
		} else if (child.tagName && verbatim.has(child.tagName)) {
			html += '<span></span>';
			tags.count += 2;
		} else if (child.children) {
			tags.count += 1;
			html += `<span>${markup(child, nodes, slots, tags)}</span>`;
			tags.count += 1;
		}
	}
	return html;
}

/**
 * The text pieces of a paragraph, between its tags, set as one piece of text: the inline markup
 * holds in typograf as it does in HTML, so a short word before an emphasis still holds on to it.
 */
export function typesetMarkup(html: string, locale: Locale): string[] {
	const before = html.split(/<[^>]*>/);
	if (!before.some((text) => text.trim())) return before.map(unescape);
	const after = typeset(html, locale).split(/<[^>]*>/);
	if (after.length !== before.length) {
		throw new Error(`Typography changed the inline markup of "${html}"`);
	}
	return after.map(unescape);
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
	element: {
		filter: blocks,
		visit(node: HastNode, ctx: HastVisitorContext) {
			const locale = fileLocale(ctx.fileURL);
			if (!locale) return;
			const nodes: HastNode[] = [];
			const slots: number[] = [];
			const pieces = typesetMarkup(markup(node, nodes, slots), locale);
			nodes.forEach((text, index) => {
				const value = pieces[slots[index]!]!;
				if (value !== text.value) ctx.replaceNode(text as never, { type: 'text', value });
			});
		},
	},
} satisfies HastPluginDefinition;
