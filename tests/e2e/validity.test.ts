// Validity of the built site: the W3C Nu HTML checker finds no error in any HTML file, and every
// internal link, asset reference and #fragment points at something that exists in dist/.

import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';

import config from '../../astro.config.mjs';
import { dist, htmlFiles, urlPathOf } from '../../scripts/harness/site.ts';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

const vnuJar = 'node_modules/vnu-jar/build/dist/vnu.jar';

interface VnuMessage {
	type: string;
	url: string;
	lastLine?: number;
	message: string;
}

/** Runs the Nu HTML checker on files; returns its errors as `file:line: message`. */
async function vnuErrors(files: string[]): Promise<string[]> {
	const run = await promisify(execFile)(
		'java',
		['-jar', vnuJar, '--errors-only', '--exit-zero-always', '--format', 'json', ...files],
		{ maxBuffer: 64 * 1024 * 1024 },
	);
	// vnu writes its report to standard error.
	const report = JSON.parse(run.stderr) as { messages: VnuMessage[] };
	return report.messages.map(
		(message) =>
			`${message.url.replace(/^file:/, '')}:${message.lastLine ?? '?'}: ${message.message}`,
	);
}

describe('the W3C Nu HTML checker', () => {
	it('finds no error in any HTML file of the built site', { timeout: 120_000 }, async () => {
		const files = htmlFiles().map((file) => join(dist, file));
		expect(await vnuErrors(files)).toEqual([]);
	});

	it('reports an error in a page that breaks the rules', { timeout: 120_000 }, async () => {
		const dir = mkdtempSync(join(tmpdir(), 'vnu-'));
		try {
			const file = join(dir, 'broken.html');
			writeFileSync(file, '<!doctype html><html lang="en"><title>t</title><p><div></p>');
			const errors = await vnuErrors([file]);
			expect(errors.length).toBeGreaterThan(0);
			expect(errors.join('\n')).toContain('broken.html');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

/** Every element of a parsed document, depth first. */
function* elements(node: Node): Generator<Element> {
	if ('tagName' in node) yield node;
	const children = 'content' in node && node.content ? node.content.childNodes : [];
	for (const child of [...('childNodes' in node ? node.childNodes : []), ...children]) {
		yield* elements(child);
	}
}

const attribute = (element: Element, name: string) =>
	element.attrs.find((attr) => attr.name === name)?.value;

/** The URLs a page refers to on its own: links, stylesheets, scripts, images, social images. */
function referencesOf(html: string): string[] {
	const found: string[] = [];
	for (const element of elements(parse(html))) {
		for (const name of ['href', 'src']) {
			const value = attribute(element, name);
			if (value !== undefined) found.push(value);
		}
		const srcset = attribute(element, 'srcset');
		if (srcset)
			found.push(...srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!));
		const content = attribute(element, 'content');
		if (element.tagName === 'meta' && content && /^(https?:)?\//.test(content)) found.push(content);
	}
	return found;
}

/** The ids (and legacy `name` anchors) a page offers as fragment targets. */
function anchorsOf(html: string): Set<string> {
	const ids = new Set<string>();
	for (const element of elements(parse(html))) {
		const id =
			attribute(element, 'id') ??
			(element.tagName === 'a' ? attribute(element, 'name') : undefined);
		if (id) ids.add(id);
	}
	return ids;
}

const site = new URL(config.site ?? 'https://example.invalid');

/** The file in dist/ a static host answers a path with, or undefined. */
function fileFor(pathname: string): string | undefined {
	const path = join(dist, decodeURIComponent(pathname));
	if (pathname.endsWith('/'))
		return existsSync(join(path, 'index.html')) ? join(path, 'index.html') : undefined;
	if (!existsSync(path)) return undefined;
	if (statSync(path).isDirectory())
		return existsSync(join(path, 'index.html')) ? join(path, 'index.html') : undefined;
	return path;
}

/** The internal references of the built site checked, and the broken ones as `page → reference: why`. */
function checkReferences(): { checked: number; broken: string[] } {
	let checked = 0;
	const anchors = new Map<string, Set<string>>();
	const anchorsIn = (file: string) => {
		if (!anchors.has(file)) anchors.set(file, anchorsOf(readFileSync(file, 'utf8')));
		return anchors.get(file)!;
	};
	const broken: string[] = [];
	for (const file of htmlFiles()) {
		const pageUrl = new URL(urlPathOf(file), site);
		for (const reference of referencesOf(readFileSync(join(dist, file), 'utf8'))) {
			if (/^(mailto|tel|data|javascript):/i.test(reference)) continue;
			const target = new URL(reference, pageUrl);
			if (target.origin !== site.origin) continue;
			checked++;
			const found = fileFor(target.pathname);
			if (!found) {
				broken.push(`/${file} → ${reference}: no such file in dist/`);
				continue;
			}
			const fragment = decodeURIComponent(target.hash.slice(1));
			if (fragment && found.endsWith('.html') && !anchorsIn(found).has(fragment)) {
				broken.push(`/${file} → ${reference}: no element with id "${fragment}"`);
			}
		}
	}
	return { checked, broken };
}

describe('internal links', () => {
	it('all lead to a built file, and every #fragment to an element on that page', () => {
		const { checked, broken } = checkReferences();
		expect(broken).toEqual([]);
		// Every page links at least to its icon and to a home page.
		expect(checked).toBeGreaterThanOrEqual(htmlFiles().length * 2);
	});

	it('are found in links, assets and social images, and fragments in ids', () => {
		const html =
			'<a href="/en/#x">a</a><link rel="stylesheet" href="/_astro/a.css"><img src="b.png" ' +
			'srcset="c.png 1x, d.png 2x" alt=""><meta property="og:image" content="https://s/e.png">' +
			'<h2 id="x">x</h2><a name="y"></a>';
		expect(referencesOf(html)).toEqual([
			'/en/#x',
			'/_astro/a.css',
			'b.png',
			'c.png',
			'd.png',
			'https://s/e.png',
		]);
		expect([...anchorsOf(html)]).toEqual(['x', 'y']);
	});
});
