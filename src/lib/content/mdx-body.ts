// What the text below a language file's front matter may hold: Markdown and a few inline HTML
// elements, nothing else. MDX would also run `import`, `export` and `{…}` as JavaScript while the
// site is built (reading the build machine's files and secrets into the page) and pass any HTML
// (<script>, <iframe>, <meta http-equiv="refresh">) to readers. The checker and the build both
// apply bodyProblems(): the build on the tree the MDX compiler parsed, before it becomes code.

import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Definition, Link } from 'mdast';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';

import { checkHttpsAddress } from '../../schemas/addresses.ts';
import { formatProblems, type ContentProblem } from './rules.ts';

/** One thing the text may not hold, with its line in the parsed source. */
export interface BodyProblem {
	line?: number;
	/** The front matter's field, for the one problem that is not in the text below it. */
	field?: string;
	message: string;
}

/** The parts of an mdast (MDX) node the rules read. */
export interface BodyNode {
	type: string;
	name?: string | null;
	url?: string;
	value?: unknown;
	attributes?: readonly { type: string; name?: string; value?: unknown }[];
	children?: readonly BodyNode[];
	position?: { start: { line: number } } | undefined;
}

/** Inline elements the text may use, with the attributes each may carry (`lang` on all). */
export const allowedElements: Readonly<Record<string, readonly string[]>> = {
	abbr: ['title'],
	br: [],
	em: [],
	strong: [],
	sub: [],
	sup: [],
	a: ['href'],
};

const allowedList = 'only <abbr>, <br>, <em>, <strong>, <sub>, <sup> and <a href="https://…">';
const asText = 'write &lt; for a < meant as text';

/** Everything in a parsed MDX body that is code, HTML outside the short list, or a bad link. */
export function bodyProblems(root: BodyNode): BodyProblem[] {
	const problems: BodyProblem[] = [];
	const visit = (node: BodyNode) => {
		const line = node.position?.start.line;
		const add = (message: string) => problems.push({ ...(line && { line }), message });
		switch (node.type) {
			case 'mdxjsEsm':
				add(
					`has "${firstLine(node.value)}": a line starting with "import" or "export" is code, which MDX runs while the site is built; delete it, or reword a sentence so that it does not begin with either word`,
				);
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				add(
					`has "{${short(node.value)}}": text in braces is code, which MDX runs while the site is built; write \\{ and \\} for braces meant as text`,
				);
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				for (const message of elementProblems(node)) add(message);
				break;
			case 'link':
			case 'definition': {
				const checked = checkHttpsAddress(node.url ?? '');
				if ('problem' in checked) add(`has a link to "${node.url}" that ${checked.problem}`);
				break;
			}
			case 'image':
			case 'imageReference':
				add(
					'has a picture: the text shows none, and one from another site would tell that site who reads the page; remove it',
				);
				break;
		}
		for (const child of node.children ?? []) visit(child);
	};
	visit(root);
	return problems;
}

function elementProblems(node: BodyNode): string[] {
	const name = node.name;
	if (!name || /^[A-Z]|[.:]/.test(name)) {
		return [
			`has <${name ?? ''}>, a component, which runs code while the site is built; remove it, and ${asText}`,
		];
	}
	const allowed = allowedElements[name];
	if (!allowed) {
		return [
			`has <${name}>, which the text may not hold: ${allowedList}; remove it, or use Markdown (**bold**, [a link](https://…)), and ${asText}`,
		];
	}
	const problems: string[] = [];
	let href: string | undefined;
	for (const attribute of node.attributes ?? []) {
		if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.name !== 'string') {
			problems.push(
				`has <${name} {…}>: braces in a tag are code; write each attribute as name="value"`,
			);
			continue;
		}
		if (![...allowed, 'lang'].includes(attribute.name)) {
			problems.push(
				`has <${name} ${attribute.name}="…">, but <${name}> may carry only ${[...allowed, 'lang'].join(' and ')}; remove ${attribute.name}`,
			);
			continue;
		}
		if (typeof attribute.value !== 'string') {
			problems.push(
				attribute.value === null || attribute.value === undefined
					? `has <${name} ${attribute.name}> without a value; write ${attribute.name}="…"`
					: `has <${name} ${attribute.name}={…}>: a value in braces is code; write it in quotes, ${attribute.name}="…"`,
			);
			continue;
		}
		if (attribute.name === 'href') href = attribute.value;
	}
	if (name === 'a' && problems.length === 0) {
		if (href === undefined) problems.push('has <a> without href="https://…"; give the address');
		else {
			const checked = checkHttpsAddress(href);
			if ('problem' in checked) problems.push(`has <a href="${href}">, which ${checked.problem}`);
		}
	}
	return problems;
}

function firstLine(value: unknown): string {
	return short(String(value ?? '').split('\n')[0]);
}

function short(value: unknown): string {
	const text = String(value ?? '').trim();
	return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** The problems of one file's body as content problems, with lines counted from `firstLine`. */
export function asContentProblems(
	problems: BodyProblem[],
	file: string,
	firstLine = 1,
): ContentProblem[] {
	return problems.map(({ line, field, message }) => ({
		file,
		field: field ?? 'body',
		...(line && { line: firstLine + line - 1 }),
		message: field ? message : `the text below the front matter ${message}`,
	}));
}

/**
 * The build's guard, a satteri mdast plugin for @astrojs/mdx: it runs on the tree of each .mdx
 * file after parsing and before compiling, and stops the build on the first file that breaks the
 * rules, so no code in it is ever compiled, bundled or run. The file's front matter is blanked to
 * spaces before parsing, so the tree's lines are the file's lines.
 */
export const meetingTextIsContent: MdastPluginDefinition = {
	name: 'meeting-text-is-content',
	options: { position: true },
	before(root, context) {
		const problems = bodyProblems(root as unknown as BodyNode);
		// MDX imports a front matter's `layout` as a component; the schema refuses the key, and so
		// does this, should the schema ever not run first.
		const astro = (context.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
		if (astro?.frontmatter && 'layout' in astro.frontmatter) {
			problems.unshift({
				field: 'layout',
				message: 'names a file that MDX would import and run as code; remove it',
			});
		}
		if (problems.length === 0) return;
		const path = context.fileURL ? fileURLToPath(context.fileURL) : 'an .mdx file';
		const file = relative(process.cwd(), path).startsWith('..')
			? path
			: relative(process.cwd(), path);
		const error = new Error(
			`A meeting’s text may hold no code, and no HTML beyond a few inline elements:\n${formatProblems(asContentProblems(problems, file))}`,
		) as Error & { line?: number | undefined; column?: number };
		error.line = problems[0]!.line;
		error.column = 1;
		throw error;
	},
	// Markdown links are published in their normalised form, as the addresses of meeting.json are.
	link: normaliseUrl,
	definition: normaliseUrl,
};

function normaliseUrl(node: Readonly<Link | Definition>, context: MdastVisitorContext) {
	const checked = checkHttpsAddress(node.url);
	if ('value' in checked && checked.value !== node.url)
		context.setProperty(node, 'url', checked.value);
}
