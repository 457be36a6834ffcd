// The footer every page carries: the tagline, the publisher once the site's owner names one in
// src/site.ts, and always that the site is not the organizers' own.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { site } from '../helpers/meetings.ts';

const footerText = async (locale: 'en' | 'ru') => {
	const { default: BaseLayout } = await import('../../src/layouts/BaseLayout.astro');
	const container = await AstroContainer.create({ astroConfig: { site: site.href } });
	const html = await container.renderToString(BaseLayout, {
		props: { locale, title: 'T', description: 'D' },
		request: new Request(new URL(`/${locale}/`, site)),
	});
	const footer = /<footer[\s\S]*?<\/footer>/.exec(html)![0];
	return footer
		.replace(/<[^>]+>/g, ' ')
		.replace(/[\s\u00a0]+/g, ' ')
		.trim();
};

afterEach(() => {
	vi.doUnmock('../../src/site.ts');
	vi.resetModules();
});

describe('the footer', () => {
	it.each([
		[
			'en',
			'Announcements of meetings open to participants worldwide This site is not an official resource of the meetings’ organizers; each announcement names its official source of information.',
		],
		[
			'ru',
			'Объявления о собраниях, открытых для участников со всего мира Настоящий сайт не является официальным ресурсом организаторов собраний; в каждом объявлении указан официальный источник информации.',
		],
	] as const)('names no publisher until the owner sets one (%s)', async (locale, expected) => {
		expect(await footerText(locale)).toBe(expected);
	});

	it.each([
		['en', 'Published by Example Org'],
		['ru', 'Издатель сайта: Example Org'],
	] as const)('names the publisher the owner sets (%s)', async (locale, line) => {
		vi.doMock('../../src/site.ts', () => ({ publisher: 'Example Org' }));
		vi.resetModules();
		expect(await footerText(locale)).toContain(line);
	});
});
