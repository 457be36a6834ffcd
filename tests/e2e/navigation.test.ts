// Finding the way around the site built from the fixture meetings, in Chromium: the language
// chooser at `/`, the language switch, the lists of meetings, and the not-found page.

import { readdirSync } from 'node:fs';

import type { ConsoleMessage } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';

import { fixtureMeetingsDir } from '../helpers/content.ts';

import { useBrowser } from './use-browser.ts';
import { collapse, seen, seenAll } from './reader.ts';

// Long after the meeting: the state every visitor sees today.
const { open, baseURL } = useBrowser({
	baseURL: inject('fixtureURL'),
	clock: { time: '2026-03-02T12:00:00+01:00' },
});

const pathOf = (url: string) => new URL(url).pathname;

describe('the language switch', () => {
	const cases = [
		{ from: '/en/meetings/u4ssc-7/', name: 'Русский', to: '/ru/meetings/u4ssc-7/', lang: 'ru' },
		{ from: '/ru/meetings/u4ssc-7/', name: 'English', to: '/en/meetings/u4ssc-7/', lang: 'en' },
		{ from: '/en/', name: 'Русский', to: '/ru/', lang: 'ru' },
		{ from: '/ru/', name: 'English', to: '/en/', lang: 'en' },
	] as const;

	for (const { from, name, to, lang } of cases) {
		it(`leads from ${from} to ${to} through the link named “${name}”`, async () => {
			const { page, problems } = await open(from);
			const link = page.getByRole('link', { name });
			expect(await link.count()).toBe(1);
			expect(await link.getAttribute('href')).toBe(to);
			await Promise.all([page.waitForURL(`**${to}`), link.click()]);
			expect(pathOf(page.url())).toBe(to);
			expect(await page.locator('html').getAttribute('lang')).toBe(lang);
			expect(problems.describe()).toEqual([]);
		});
	}

	it('tells screen-reader users what the link does, in the page’s language', async () => {
		const { page } = await open('/en/meetings/u4ssc-7/');
		expect(
			await page
				.getByRole('link', { name: 'Read this page in Russian: Русский', exact: true })
				.count(),
		).toBe(1);
		const ru = await open('/ru/meetings/u4ssc-7/');
		expect(
			await ru.page
				.getByRole('link', {
					name: 'Читать эту страницу на английском языке: English',
					exact: true,
				})
				.count(),
		).toBe(1);
	});
});

describe('the front door at /', () => {
	it('is a real page with status 200, not a redirect', async () => {
		const { page, status, problems } = await open('/');
		expect(status).toBe(200);
		expect(pathOf(page.url())).toBe('/');
		expect(await page.locator('meta[http-equiv="refresh" i]').count()).toBe(0);
		expect(problems.describe()).toEqual([]);
	});

	it('offers English and Russian as links to /en/ and /ru/', async () => {
		const { page } = await open('/', { javaScriptEnabled: false });
		const english = page.getByRole('link', { name: /^English(\s|$)/ });
		const russian = page.getByRole('link', { name: /^Русский(\s|$)/ });
		expect(await english.getAttribute('href')).toBe('/en/');
		expect(await russian.getAttribute('href')).toBe('/ru/');
		expect(await seen(english)).toBe('English Read the announcements in English');
		expect(await seen(russian)).toBe('Русский Читать объявления на русском языке');
	});

	it('puts Russian first and says it is the browser’s language when the browser prefers Russian', async () => {
		const { page, problems } = await open('/', { locale: 'ru-RU' });
		const choices = await seenAll(page.getByRole('listitem'));
		expect(choices).toEqual([
			'Русский Читать объявления на русском языке язык вашего браузера',
			'English Read the announcements in English',
		]);
		expect(problems.describe()).toEqual([]);
	});

	it('puts English first and says it is the browser’s language when the browser prefers English', async () => {
		const { page, problems } = await open('/', { locale: 'en-US' });
		const choices = await seenAll(page.getByRole('listitem'));
		expect(choices).toEqual([
			'English Read the announcements in English your browser’s language',
			'Русский Читать объявления на русском языке',
		]);
		expect(problems.describe()).toEqual([]);
	});

	it('keeps both choices, unmarked, when the browser prefers neither language', async () => {
		const { page } = await open('/', { locale: 'de-CH' });
		expect(await seenAll(page.getByRole('listitem'))).toEqual([
			'English Read the announcements in English',
			'Русский Читать объявления на русском языке',
		]);
	});
});

describe('the lists of meetings', () => {
	const homes = [
		{
			path: '/en/',
			heading: 'Meetings',
			title: '7th meeting of the United for Smart Sustainable Cities initiative (U4SSC)',
			href: '/en/meetings/u4ssc-7/',
			when: '20 June 2023, 09:30–16:00 Geneva time (CEST, UTC+2)',
			format: 'Virtual (online)',
			listName: 'Past meetings',
		},
		{
			path: '/ru/',
			heading: 'Собрания',
			title:
				'Седьмое собрание в рамках инициативы «Объединение усилий в целях построения „умных“ устойчивых городов» (U4SSC)',
			href: '/ru/meetings/u4ssc-7/',
			when: '20 июня 2023 г., 09:30–16:00 (Женева, CEST, UTC+2)',
			format: 'Виртуальный (онлайн)',
			listName: 'Прошедшие собрания',
		},
	] as const;

	for (const home of homes) {
		it(`lists the meeting on ${home.path} with a link to its page, its date and its format`, async () => {
			const { page, status, problems } = await open(home.path);
			expect(status).toBe(200);
			expect(await seen(page.getByRole('heading', { level: 1 }))).toBe(home.heading);
			const items = page.getByRole('region', { name: home.listName }).getByRole('listitem');
			// Every fixture meeting is on the home page, upcoming or past: there are fewer than 20.
			expect(await page.locator('home-meetings li').count()).toBe(
				readdirSync(fixtureMeetingsDir).length,
			);
			const link = items.getByRole('link', { name: home.title, exact: true });
			const item = items.filter({
				has: page.getByRole('link', { name: home.title, exact: true }),
			});
			expect(await link.getAttribute('href')).toBe(home.href);
			expect(await seen(item.getByRole('paragraph').filter({ hasText: '09:30' }))).toBe(home.when);
			expect(await seen(item.getByText(home.format, { exact: true }))).toBe(home.format);
			await Promise.all([page.waitForURL(`**${home.href}`), link.click()]);
			expect(await seen(page.getByRole('heading', { level: 1 }))).toBe(home.title);
			expect(problems.describe()).toEqual([]);
		});
	}
});

describe('a missing page', () => {
	/** Chromium reports the 404 of the document itself as a console error; that one is expected. */
	const isThe404Itself = (url: string) => (message: ConsoleMessage) =>
		message.location().url === url && /status of 404/.test(message.text());

	for (const path of ['/no-such-page/', '/en/meetings/no-such-meeting/', '/ru/missing.html']) {
		it(`answers ${path} with status 404 and a page in both languages`, async () => {
			const { page, status, problems } = await open(path);
			expect(status).toBe(404);
			const heading = page.getByRole('heading', { level: 1 });
			expect(collapse(await heading.innerText())).toBe('Page not found Страница не найдена');
			expect(
				await page
					.getByRole('heading', {
						level: 1,
						name: 'Page not found Страница не найдена',
						exact: true,
					})
					.count(),
			).toBe(1);
			expect(await page.getByRole('link', { name: /^English(\s|$)/ }).getAttribute('href')).toBe(
				'/en/',
			);
			expect(await page.getByRole('link', { name: /^Русский(\s|$)/ }).getAttribute('href')).toBe(
				'/ru/',
			);
			const unexpected = problems.consoleErrors.filter(
				(message) => !isThe404Itself(`${baseURL}${path}`)(message),
			);
			expect(unexpected.map((message) => message.text())).toEqual([]);
			expect(problems.pageErrors).toEqual([]);
		});
	}
});

describe('every page', () => {
	const paths = ['/', '/en/', '/ru/', '/en/meetings/u4ssc-7/', '/ru/meetings/u4ssc-7/'];

	for (const path of paths) {
		it(`loads ${path} without console errors or page errors`, async () => {
			const { problems, status } = await open(path);
			expect(status).toBe(200);
			expect(problems.describe()).toEqual([]);
		});
	}

	it('keeps addresses without a trailing slash working by redirecting to the slashed ones', async () => {
		const { page, status } = await open('/en');
		expect(status).toBe(200);
		expect(pathOf(page.url())).toBe('/en/');
	});
});
