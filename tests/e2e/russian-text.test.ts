// Russian pages as a reader sees them, in a Russian browser: no English words (the dictionary
// test checks the interface strings; this one also catches content, Intl output and anything a
// script writes into the page), the register and grammar of the circulars, and the page of TSB
// Circular 92 in the circular's own words.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';

import { htmlFiles, meetingPaths, urlPathOf } from '../../scripts/harness/site.ts';
import { publisher } from '../../src/site.ts';
import { collapse, definitionOf, seen, seenAll } from './reader.ts';
import { useBrowser } from './use-browser.ts';

const { open } = useBrowser({ locale: 'ru-RU', timezoneId: 'Asia/Almaty' });

/**
 * Latin words a Russian page may show: the initiative's and products' names, the file type, the
 * other language's name on the language switch, the publisher's name. Abbreviations in capitals (UTC, CEST, KPI) pass
 * on their own.
 */
const allowed = new Set([
	'English',
	'Google',
	'Outlook',
	'Microsoft',
	'Apple',
	'ics',
	'https',
	// The publisher's name, as the site's owner writes it in src/site.ts.
	...(publisher ?? '').split(/\s+/),
]);

/** Latin words in the visible text, after addresses, e-mail addresses and domains (Outlook.com). */
function englishWords(text: string): string[] {
	return (
		text
			.replace(/\S+@\S+|(?:https?|webcal):\/\/\S+|\b[\w-]+(?:\.[\w-]+)+\/?\S*/g, ' ')
			.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []
	).filter((word) => !allowed.has(word) && !/^[A-Z0-9-]+$/.test(word));
}

describe('Russian pages', () => {
	const pages = htmlFiles()
		.filter((file) => file.startsWith('ru/'))
		.map(urlPathOf);

	it('include the home page and every meeting', () => {
		expect(pages).toContain('/ru/');
		const meetings = meetingPaths().filter((path) => path.startsWith('/ru/'));
		expect(meetings.length).toBeGreaterThan(0);
		for (const path of meetings) expect(pages).toContain(path);
	});

	it.each(pages)('show no English words on %s', async (path) => {
		const { page } = await open(path, { clock: { time: '2023-06-10T10:00:00Z' } });
		// Let <meeting-schedule> fill in "Your time" before reading.
		await page.waitForLoadState('networkidle');
		// A venue is named as the place names itself: its postal address may be in Latin script
		// ("Place des Nations, 1211 Женева 20"); people's names are written as they write them,
		// marked translate="no" ("Выступающие: Jane Citizen").
		const text = await page.evaluate(() => {
			const body = document.body.cloneNode(true) as HTMLElement;
			body.querySelectorAll('.venue dd, [translate="no"]').forEach((verbatim) => verbatim.remove());
			document.body.append(body);
			body.hidden = false;
			const read = body.innerText;
			body.remove();
			return read;
		});
		expect(englishWords(text)).toEqual([]);
	});

	it('would catch an English sentence', () => {
		const text = 'Собрание: Registration is mandatory, UTC+02:00, u4ssc@itu.int, Outlook.com';
		expect(englishWords(text)).toEqual(['Registration', 'is', 'mandatory']);
	});
});

/** The Russian meeting pages of the built site, and their text as a reader sees it. */
const russianMeetings = meetingPaths().filter((path) => path.startsWith('/ru/'));

describe('Russian meeting pages in the register of the circulars', () => {
	it.each(russianMeetings)(
		'start the date line with a capital (or the day of a range) and write every date one way, with «г.» (%s)',
		async (path) => {
			const { page } = await open(path, { javaScriptEnabled: false });
			// «Вторник, 20 июня 2023 г.»; over several days a range: «16–17 января 2024 г.» (days
			// of one month, the dash unspaced), «26 февраля – 2 марта 2018 г.», «30 декабря 2024 г. –
			// 2 января 2025 г.».
			expect(await seen(page.locator('.when .server .date'))).toMatch(
				/^([А-ЯЁ]|\d{1,2}–\d{1,2}\s[а-я]+\s\d{4}\sг\.$|\d{1,2}\s[а-я]+(\s\d{4}\sг\.)?\s–\s\d)/,
			);
			const text = await page.locator('body').innerText();
			expect(text).not.toMatch(/\d{4}\s+(года|году|годы|годов)\b/);
		},
	);

	it.each(russianMeetings)(
		'head the organizers with nouns that agree with the names below them (%s)',
		async (path) => {
			const { page } = await open(path, { javaScriptEnabled: false });
			const section = page.getByRole('region', { name: 'Организаторы' });
			for (const term of await section.getByRole('term').all()) {
				const names = await term.locator('xpath=following-sibling::dd').count();
				const label = await seen(term);
				// Nominative names under nominative headings: never «Совместно с», which governs the
				// instrumental case.
				expect(['Организатор', 'Организаторы', 'Соорганизатор', 'Соорганизаторы']).toContain(label);
				expect(label.endsWith('ы'), label).toBe(names > 1);
			}
		},
	);

	it.each(russianMeetings)(
		'quote the Sustainable Development Goal in «ёлочки», after its number (%s)',
		async (path) => {
			const { page } = await open(path, { javaScriptEnabled: false });
			const region = page.getByRole('region', { name: 'Об инициативе' });
			// Only a meeting of an initiative that serves a goal names one.
			const mentions = await page
				.locator('main')
				.getByText(/устойчивого\sразвития/)
				.count();
			if (mentions === 0) return;
			const goal = await seen(region.getByText(/в\sобласти\sустойчивого\sразвития:/));
			expect(goal).toMatch(
				/^Инициатива направлена на достижение Цели \d{1,2} в области устойчивого развития: «[А-ЯЁ][^«»]*(„[^„“]*“[^«»]*)*»\.$/,
			);
		},
	);
});

describe('the Russian page announced by Циркуляр 92 БСЭ, in the words of the circular', () => {
	// Read from the fixture copy of that meeting, built beside the site: the published one may
	// change or go without this test knowing.
	const fixtureDist = inject('fixtureDist');
	/** The page that names the circular as its source. */
	const path = htmlFiles(fixtureDist)
		.map(urlPathOf)
		.filter((candidate) => /^\/ru\/meetings\/[^/]+\/$/.test(candidate))
		.find((candidate) =>
			readFileSync(join(fixtureDist, candidate, 'index.html'), 'utf8').includes(
				'https://www.itu.int/md/T22-TSB-CIR-0092/ru',
			),
		);
	let page: Page;

	beforeAll(async () => {
		expect(path, 'no Russian page cites TSB Circular 92').toBeDefined();
		({ page } = await open(path!, { baseURL: inject('fixtureURL'), javaScriptEnabled: false }));
	});

	it('quotes Goal 11 exactly as the circular does, in quotation marks, once and the same', async () => {
		const quote =
			'«Обеспечение открытости, безопасности, жизнестойкости и экологической устойчивости городов и населенных пунктов»';
		const text = collapse(await page.locator('main').innerText());
		expect(text).toContain(
			`Инициатива направлена на достижение Цели 11 в области устойчивого развития: ${quote}.`,
		);
		// Every mention of the goal's wording is the quotation itself, never a paraphrase of it.
		expect(text.match(/Обеспечение открытости[^»]*»/g)).toEqual([quote.slice(1)]);
		expect(text).not.toMatch(/Открытые, безопасные/);
	});

	it('names the co-organizers after «совместно с» in the instrumental case', async () => {
		const about = collapse(await page.getByRole('region', { name: 'О собрании' }).innerText());
		expect(about).toContain(
			'Международный союз электросвязи (МСЭ) совместно с Европейской экономической комиссией Организации Объединенных Наций (ЕЭК ООН) и Программой Организации Объединенных Наций по населенным пунктам (ООН-Хабитат) организует седьмое собрание в рамках инициативы «Объединение усилий в целях построения „умных“ устойчивых городов» (U4SSC).',
		);
		expect(about).not.toMatch(/совместно с (Европейская|Программа)/i);
	});

	it('gives the objectives as the circular words them, each an infinitive', async () => {
		const section = page.getByRole('region', { name: 'Задачи собрания' });
		expect(await seenAll(section.getByRole('listitem'))).toEqual([
			'Представить обновленную информацию о работе тематических групп U4SSC',
			'Представить последние публикации U4SSC и информацию об их применении в городах',
			'Представить сведения о недавнем внедрении ключевых показателей эффективности (KPI) U4SSC во всем мире',
			'Представить деятельность центра U4SSC',
			'Утвердить назначение новой команды руководства U4SSC',
			'Представить новые виды деятельности U4SSC и утвердить годовой план работы U4SSC на 2023–2024 гг.',
		]);
	});

	it('says who may take part as the circular does, under a heading that takes the nominative', async () => {
		const section = page.getByRole('region', { name: 'Кто может принять участие' });
		expect(await seenAll(section.getByRole('listitem'))).toEqual([
			'Государства — Члены МСЭ',
			'Члены Секторов МСЭ',
			'Ассоциированные члены МСЭ',
			'Академические организации — Члены МСЭ',
			'Любое лицо из страны, являющейся Членом МСЭ, которое пожелает внести свой вклад в работу, включая членов международных, региональных и национальных организаций',
		]);
	});

	it('uses none of the casual wording the first version had', async () => {
		const text = collapse(await page.locator('body').innerText());
		for (const casual of [
			'собираются онлайн',
			'Любой человек',
			'Рассказать о ходе работы',
			'по часам других городов',
			'Идёт сейчас',
			'Совместно с',
			'Цель устойчивого развития 11: Открытые',
		]) {
			expect(text, casual).not.toContain(casual);
		}
	});

	it('writes the dates and the working language as lines of their own begin', async () => {
		expect(await seen(page.locator('.when .server .date'))).toBe('Вторник, 20 июня 2023 г.');
		expect(await seen(definitionOf(page, 'Язык'))).toBe('Только английский');
		expect(await seen(page.locator('.source'))).toBe(
			'Источник: Циркуляр 92 БСЭ от 2 мая 2023 г., Женева',
		);
	});
});
