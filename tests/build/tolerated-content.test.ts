// What editors may write and the build must accept, exactly as `npm run check:content` does: a
// byte-order mark from Windows Notepad, internationalised addresses, and in the text the few
// inline elements, Markdown links and escaped braces that are content, not code.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblems } from '../../src/lib/content/rules.ts';
import { buildCopy, copyProject, removeCopy, type BuildResult } from '../helpers/site-copy.ts';

let site: string;
let build: BuildResult;

const text = [
	'The <abbr title="International Telecommunication Union">ITU</abbr> meets in <em>Geneva</em>,',
	'<strong>online</strong>, at 10<sup>th</sup> floor of H<sub>2</sub>O House.<br />',
	'Read <a href="https://www.itu.int/">the ITU page</a> or [the Russian site](https://пример.рф/путь).',
	'Braces \\{like these\\} and a lone &lt; are text.',
].join('\n');

function change(file: string, edit: (source: string) => string) {
	const path = join(site, 'content/meetings/u4ssc-7', file);
	writeFileSync(path, edit(readFileSync(path, 'utf8')));
}

beforeAll(async () => {
	site = copyProject('meetings-tolerated-', ['tests/fixtures/meetings/u4ssc-7']);
	change('meeting.json', (source) =>
		`\uFEFF${source}`
			.replace('"https://u4ssc.itu.int/latest-meetings/7th-meeting/"', '"https://пример.рф/"')
			.replace('"u4ssc@itu.int"', '"info@example.xn--p1ai"'),
	);
	change('en.mdx', (source) => `\uFEFF${source}\n${text}\n`);
	build = await buildCopy(site);
}, 180_000);
afterAll(() => removeCopy(site));

/** The English page, no-break spaces (set by the typography) read as spaces. */
const page = () =>
	readFileSync(join(site, 'dist/en/meetings/u4ssc-7/index.html'), 'utf8').replace(
		/\u00a0|&nbsp;/g,
		' ',
	);

describe('a meeting with a byte-order mark, internationalised addresses and inline markup', () => {
	it('passes the checker', () => {
		const { problems } = checkContent(join(site, 'content/meetings'), 'content/meetings');
		expect(formatProblems(problems)).toBe('');
	});

	it('builds', () => {
		expect(build.status, build.output).toBe(0);
	});

	it('publishes the file that starts with a byte-order mark, front matter and text apart', () => {
		expect(page()).not.toContain('shortTitle:');
		expect(page()).toContain('<p>The International Telecommunication Union (ITU), together with');
		expect(page()).toMatch(
			/<h1[^>]*>7th meeting of the United for Smart Sustainable Cities initiative \(U4SSC\)<\/h1>/,
		);
	});

	it('links the internationalised addresses in their normalised (punycode) form', () => {
		expect(page()).toContain('href="https://xn--e1afmkfd.xn--p1ai/"');
		expect(page()).toContain('href="mailto:info@example.xn--p1ai"');
	});

	it('renders the allowed inline elements, links and escaped characters of the text', () => {
		const html = page();
		expect(html).toContain('<abbr title="International Telecommunication Union">ITU</abbr>');
		expect(html).toContain('<em>Geneva</em>');
		expect(html).toContain('<strong>online</strong>');
		expect(html).toContain('10<sup>th</sup>');
		expect(html).toContain('H<sub>2</sub>O');
		expect(html).toContain('<a href="https://www.itu.int/">the ITU page</a>');
		expect(html).toContain(
			'<a href="https://xn--e1afmkfd.xn--p1ai/%D0%BF%D1%83%D1%82%D1%8C">the Russian site</a>',
		);
		expect(html).toContain('Braces {like these} and a lone &lt; are text.');
	});
});
