// What a meeting's text may hold, as the checker and the build's MDX plugin decide it: Markdown
// and a few inline elements pass; code, components, other HTML, pictures and unsafe links do not.
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';

import {
	bodyProblems,
	meetingTextIsContent,
	type BodyNode,
} from '../../../src/lib/content/mdx-body.ts';

const problemsIn = (text: string) => bodyProblems(mdxToMdast(text) as BodyNode);

describe('bodyProblems', () => {
	it.each([
		['plain paragraphs and lists', 'One paragraph.\n\n- an item\n- another'],
		['emphasis, strong and a Markdown link', '*Note* **well**: [ITU](https://www.itu.int/).'],
		['a link reference', 'See [the page][itu].\n\n[itu]: https://www.itu.int/'],
		[
			'the allowed inline elements',
			'<abbr title="International Telecommunication Union" lang="en">ITU</abbr>, H<sub>2</sub>O, 10<sup>th</sup>, <em>a</em> <strong>b</strong><br />',
		],
		['a link element to an https address', '<a href="https://www.itu.int/">ITU</a>'],
		['escaped braces and a lone <', 'Braces \\{like this\\} and 1 &lt; 2.'],
	])('accepts %s', (_, text) => {
		expect(problemsIn(text)).toEqual([]);
	});

	it.each([
		[
			'an import',
			"import x from './x.js';",
			1,
			'a line starting with "import" or "export" is code',
		],
		['an export on line 3', 'Text.\n\nexport const a = 1;', 3, '"export const a = 1;"'],
		[
			'an expression',
			'Home is {process.env.HOME}.',
			1,
			'"{process.env.HOME}": text in braces is code',
		],
		['a comment in braces', '{/* note */}', 1, 'write \\{ and \\} for braces meant as text'],
		['a component', '<Note>x</Note>', 1, 'has <Note>, a component'],
		['a member component', '<ui.Note />', 1, 'has <ui.Note>, a component'],
		['a fragment', '<>x</>', 1, 'has <>, a component'],
		[
			'an iframe',
			'<iframe src="https://e.example/" />',
			1,
			'has <iframe>, which the text may not hold',
		],
		[
			'a style attribute',
			'<em style="color:red">x</em>',
			1,
			'has <em style="…">, but <em> may carry only lang; remove style',
		],
		[
			'an attribute in braces',
			'<a href={url}>x</a>',
			1,
			'has <a href={…}>: a value in braces is code',
		],
		[
			'a spread attribute',
			'<abbr {...props}>x</abbr>',
			1,
			'has <abbr {…}>: braces in a tag are code',
		],
		['a link element without an address', '<a>x</a>', 1, 'has <a> without href="https://…"'],
		[
			'a link element to data:',
			'<a href="data:text/html,x">x</a>',
			1,
			'has <a href="data:text/html,x">, which must be a full https:// address',
		],
		[
			'a Markdown link to http:',
			'[x](http://e.example/)',
			1,
			'has a link to "http://e.example/" that must be an https:// address',
		],
		[
			'a link definition with a password',
			'[x][d]\n\n[d]: https://u:p@e.example/',
			3,
			'has a user name or password',
		],
		['a picture', '![x](https://e.example/p.png)', 1, 'has a picture'],
	])('refuses %s, on its line', (_, text, line, says) => {
		const found = problemsIn(text);
		expect(found.map((problem) => problem.line)).toContain(line);
		expect(found.map((problem) => problem.message).join('\n')).toContain(says);
	});

	it('looks inside allowed elements too', () => {
		expect(problemsIn('<strong>See <Note /></strong>').map((p) => p.message)).toEqual([
			'has <Note>, a component, which runs code while the site is built; remove it, and write &lt; for a < meant as text',
		]);
	});
});

describe('the build plugin', () => {
	const context = (frontmatter: Record<string, unknown>) => ({
		fileURL: new URL('file:///site/content/meetings/x/en.mdx'),
		data: { astro: { frontmatter } },
	});
	const run = (text: string, frontmatter: Record<string, unknown> = {}) =>
		(meetingTextIsContent.before as (root: unknown, context: unknown) => void)(
			mdxToMdast(text),
			context(frontmatter),
		);

	it('lets content through', () => {
		expect(() => run('Plain *text*.')).not.toThrow();
	});

	it('stops on code, naming the file, the line and the fix', () => {
		expect(() => run('Text.\n\n{process.env.HOME}')).toThrow(
			/en\.mdx:3 → body: the text below the front matter has "\{process\.env\.HOME\}": text in braces is code, which MDX runs while the site is built; write \\\{ and \\\} for braces meant as text/,
		);
	});

	it('stops on a layout in the front matter, which MDX would import', () => {
		expect(() => run('Text.', { layout: '../../../evil.astro' })).toThrow(
			/en\.mdx → layout: names a file that MDX would import and run as code; remove it/,
		);
	});
});
