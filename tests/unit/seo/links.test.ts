import { describe, expect, it } from 'vitest';

import {
	alternateLinks,
	canonicalUrl,
	openGraphLocale,
	pathLocale,
} from '../../../src/lib/seo/links.ts';
import { site } from '../../helpers/meetings.ts';

const origin = 'https://meetings.example.org';
const pages = ['/', '/en/', '/ru/', '/en/meetings/u4ssc-7/', '/ru/meetings/u4ssc-7/'];

describe('canonical URLs', () => {
	it('are absolute, on the configured site, with the trailing slash', () => {
		expect(canonicalUrl('/en/meetings/u4ssc-7', site)).toBe(`${origin}/en/meetings/u4ssc-7/`);
		expect(canonicalUrl('/ru/', site)).toBe(`${origin}/ru/`);
	});
});

describe('hreflang alternates', () => {
	it('name both languages and x-default on a meeting page', () => {
		expect(alternateLinks('/ru/meetings/u4ssc-7/', site)).toEqual([
			{ hreflang: 'en', href: `${origin}/en/meetings/u4ssc-7/` },
			{ hreflang: 'ru', href: `${origin}/ru/meetings/u4ssc-7/` },
			{ hreflang: 'x-default', href: `${origin}/en/meetings/u4ssc-7/` },
		]);
	});

	it('send readers of other languages from the home pages to the language chooser', () => {
		expect(alternateLinks('/en/', site).at(-1)).toEqual({
			hreflang: 'x-default',
			href: `${origin}/`,
		});
	});

	it.each(pages)('are reciprocal from %s: every page it names names it back', (path) => {
		const own = canonicalUrl(path, site);
		for (const link of alternateLinks(path, site)) {
			const back = alternateLinks(new URL(link.href).pathname, site).map((l) => l.href);
			expect(back, `${link.href} should name ${own}`).toContain(own);
		}
	});

	it('include the page itself under its own language', () => {
		for (const path of pages.filter((p) => p !== '/')) {
			const locale = pathLocale(path)!;
			expect(alternateLinks(path, site)).toContainEqual({
				hreflang: locale,
				href: canonicalUrl(path, site),
			});
		}
	});
});

describe('OpenGraph locales', () => {
	it('use the underscore form', () => {
		expect(openGraphLocale('en')).toBe('en_GB');
		expect(openGraphLocale('ru')).toBe('ru_RU');
	});
});
