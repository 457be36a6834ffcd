// The 7th U4SSC meeting page in each language, read in Chromium from the site built from the
// fixture meetings: every fact of the announcement, with and without JavaScript, the status at
// the moment of viewing, and the layout on narrow screens.

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';

import { useBrowser } from './use-browser.ts';
import { definitionOf, seen, seenAll } from './reader.ts';

const meetingPage = 'https://u4ssc.itu.int/latest-meetings/7th-meeting/';

/** What a reader of each language version must find, word for word. */
const pages = [
	{
		locale: 'en',
		path: '/en/meetings/u4ssc-7/',
		browserLocale: 'en-GB',
		title: '7th meeting of the United for Smart Sustainable Cities initiative (U4SSC)',
		date: 'Tuesday, 20 June 2023',
		localTime: '09:30–16:00 CEST, UTC+02:00, Geneva',
		utcTime: '07:30–14:00 UTC',
		facts: {
			Format: 'Virtual (online)',
			Language: 'English only',
			Participation: 'Free of charge',
			Registration: `Mandatory: ${meetingPage}`,
		},
		sections: {
			about: 'About the meeting',
			objectives: 'Objectives',
			eligibility: 'Who may take part',
			organizers: 'Organizers',
			initiative: 'The initiative',
			contacts: 'Contact',
			circular: 'Official announcement',
		},
		objectives: {
			first: 'Provide an update on the work of the U4SSC thematic groups',
			last: 'Present new U4SSC activities and approve the U4SSC annual work plan for 2023–2024',
		},
		eligibility: {
			first: 'ITU Member States',
			last: 'Any individual from a country that is a member of ITU who wishes to contribute to the work, including members of international, regional and national organizations',
		},
		organizers: [
			['International Telecommunication Union', 'ITU', 'https://www.itu.int/'],
			['United Nations Economic Commission for Europe', 'UNECE', 'https://unece.org/'],
			['United Nations Human Settlements Programme', 'UN-Habitat', 'https://unhabitat.org/'],
		],
		contactTerms: { phone: 'Telephone', fax: 'Fax', email: 'E-mail' },
		circular: 'Source: TSB Circular 92 of 2 May 2023, Geneva',
		circularLink: ['TSB Circular 92 of 2 May 2023', 'https://www.itu.int/md/T22-TSB-CIR-0092/en'],
		status: {
			ended: 'This meeting ended on 20 June 2023.',
			// 18 days, 21 hours and 30 minutes before the start: the two largest units, rounded down.
			upcoming: 'Starts in 18 days, 21 hours',
			live: 'In progress, ends in 6 hours',
			nextMinute: 'Starts in 1 minute',
			justStarted: 'In progress, ends in 6 hours, 29 minutes',
			fromTokyo: 'Starts in 6 hours, 30 minutes',
		},
		register: 'Register on the meeting page',
	},
	{
		locale: 'ru',
		path: '/ru/meetings/u4ssc-7/',
		browserLocale: 'ru-RU',
		title:
			'Седьмое собрание в рамках инициативы «Объединение усилий в целях построения „умных“ устойчивых городов» (U4SSC)',
		date: 'Вторник, 20 июня 2023 г.',
		localTime: '09:30–16:00 CEST, UTC+02:00, Женева',
		utcTime: '07:30–14:00 UTC',
		facts: {
			Формат: 'Виртуальный (онлайн)',
			Язык: 'Только английский',
			Участие: 'Бесплатно',
			Регистрация: `Обязательна: ${meetingPage}`,
		},
		sections: {
			about: 'О собрании',
			objectives: 'Задачи собрания',
			eligibility: 'Кто может принять участие',
			organizers: 'Организаторы',
			initiative: 'Об инициативе',
			contacts: 'Контактная информация',
			circular: 'Официальное уведомление',
		},
		objectives: {
			first: 'Представить обновленную информацию о работе тематических групп U4SSC',
			last: 'Представить новые виды деятельности U4SSC и утвердить годовой план работы U4SSC на 2023–2024 гг.',
		},
		eligibility: {
			first: 'Государства — Члены МСЭ',
			last: 'Любое лицо из страны, являющейся Членом МСЭ, которое пожелает внести свой вклад в работу, включая членов международных, региональных и национальных организаций',
		},
		organizers: [
			['Международный союз электросвязи', 'МСЭ', 'https://www.itu.int/'],
			[
				'Европейская экономическая комиссия Организации Объединенных Наций',
				'ЕЭК ООН',
				'https://unece.org/',
			],
			[
				'Программа Организации Объединенных Наций по населенным пунктам',
				'ООН-Хабитат',
				'https://unhabitat.org/',
			],
		],
		contactTerms: { phone: 'Телефон', fax: 'Факс', email: 'Эл. почта' },
		circular: 'Источник: Циркуляр 92 БСЭ от 2 мая 2023 г., Женева',
		circularLink: [
			'Циркуляр 92 БСЭ от 2 мая 2023 г.',
			'https://www.itu.int/md/T22-TSB-CIR-0092/ru',
		],
		status: {
			ended: 'Собрание завершилось 20 июня 2023 г.',
			upcoming: 'До начала: 18 дней 21 час',
			live: 'Проходит сейчас, до окончания: 6 часов',
			nextMinute: 'До начала: 1 минута',
			justStarted: 'Проходит сейчас, до окончания: 6 часов 29 минут',
			fromTokyo: 'До начала: 6 часов 30 минут',
		},
		register: 'Зарегистрироваться на странице собрания',
	},
] as const;

type Expected = (typeof pages)[number];

/** Long after the meeting: the state every visitor sees today. */
const afterwards = '2026-03-02T12:00:00+01:00';
const before = '2023-06-01T12:00:00+02:00';
const during = '2023-06-20T10:00:00+02:00';

const { open } = useBrowser({ baseURL: inject('fixtureURL') });

/**
 * Every fact of the announcement, asserted on a page that is already open. Used with JavaScript
 * on and off: the server-rendered page alone must tell the reader everything.
 */
function describeFacts(expected: Expected, getPage: () => Page) {
	it('declares its language on <html>', async () => {
		const page = getPage();
		expect(await page.locator('html').getAttribute('lang')).toBe(expected.locale);
	});

	it('has the meeting title as its only level-one heading', async () => {
		const headings = getPage().getByRole('heading', { level: 1 });
		expect(await headings.count()).toBe(1);
		expect(await seen(headings)).toBe(expected.title);
	});

	it('gives the date, the time in Geneva with its zone, and the same time in UTC', async () => {
		const page = getPage();
		expect.soft(await seen(page.getByText(expected.date, { exact: true }))).toBe(expected.date);
		expect
			.soft(await seen(page.locator('.when').getByRole('paragraph').filter({ hasText: '09:30' })))
			.toBe(expected.localTime);
		expect
			.soft(await seen(page.locator('.when').getByRole('paragraph').filter({ hasText: '07:30' })))
			.toBe(expected.utcTime);
	});

	it('marks the start in Geneva and in UTC up as machine-readable times', async () => {
		const page = getPage();
		const start = page.locator('time[datetime="2023-06-20T09:30+02:00"]');
		const startUtc = page.locator('time[datetime="2023-06-20T07:30Z"]');
		expect.soft(await seen(start)).toBe('09:30');
		expect.soft(await seen(startUtc)).toBe('07:30');
		expect.soft(await seen(page.locator('time[datetime="2023-06-20T16:00+02:00"]'))).toBe('16:00');
		expect.soft(await seen(page.locator('time[datetime="2023-06-20T14:00Z"]'))).toBe('14:00');
	});

	it('says that the meeting has ended and offers no registration button', async () => {
		const page = getPage();
		expect.soft(await seen(page.getByRole('status'))).toBe(expected.status.ended);
		expect.soft(await page.getByRole('link', { name: expected.register }).count()).toBe(0);
	});

	it('states the format, the working language, the fee and that registration is mandatory', async () => {
		const page = getPage();
		for (const [term, value] of Object.entries(expected.facts)) {
			expect.soft(await seen(definitionOf(page, term)), term).toBe(value);
		}
	});

	it('lists all six objectives in a numbered list', async () => {
		const section = getPage().getByRole('region', { name: expected.sections.objectives });
		const list = section.getByRole('list');
		expect(await list.evaluate((element) => element.tagName)).toBe('OL');
		const items = await seenAll(list.getByRole('listitem'));
		expect(items).toHaveLength(6);
		expect(items[0]).toBe(expected.objectives.first);
		expect(items[5]).toBe(expected.objectives.last);
	});

	it('lists the five groups who may take part', async () => {
		const section = getPage().getByRole('region', { name: expected.sections.eligibility });
		const items = await seenAll(section.getByRole('listitem'));
		expect(items).toHaveLength(5);
		expect(items[0]).toBe(expected.eligibility.first);
		expect(items[4]).toBe(expected.eligibility.last);
	});

	it('names the three organisers with their abbreviations and links to their websites', async () => {
		const section = getPage().getByRole('region', { name: expected.sections.organizers });
		expect(await seenAll(section.getByRole('definition'))).toEqual(
			expected.organizers.map(([name, abbreviation]) => `${name} (${abbreviation})`),
		);
		for (const [name, , url] of expected.organizers) {
			const link = section.getByRole('link', { name, exact: true });
			expect.soft(await link.getAttribute('href'), name).toBe(url);
		}
	});

	it('gives the telephone as a tel: link, the fax as text and the e-mail as a mailto: link', async () => {
		const section = getPage().getByRole('region', { name: expected.sections.contacts });
		const { phone, fax, email } = expected.contactTerms;
		const phoneLink = section.getByRole('link', { name: '+41 22 730 6301', exact: true });
		expect.soft(await seen(definitionOf(section, phone))).toBe('+41 22 730 6301');
		expect.soft(await phoneLink.getAttribute('href')).toBe('tel:+41227306301');
		expect.soft(await seen(definitionOf(section, fax))).toBe('+41 22 730 5853');
		expect.soft(await definitionOf(section, fax).getByRole('link').count()).toBe(0);
		const mailLink = section.getByRole('link', { name: 'u4ssc@itu.int', exact: true });
		expect.soft(await seen(definitionOf(section, email))).toBe('u4ssc@itu.int');
		expect.soft(await mailLink.getAttribute('href')).toBe('mailto:u4ssc@itu.int');
	});

	it('names the circular as its source, with its date, linked to the official document', async () => {
		const section = getPage().getByRole('region', { name: expected.sections.circular });
		expect(await seen(section.getByText(expected.circular, { exact: true }))).toBe(
			expected.circular,
		);
		expect(await section.locator('time').getAttribute('datetime')).toBe('2023-05-02');
		const [name, href] = expected.circularLink;
		expect(await section.getByRole('link', { name, exact: true }).getAttribute('href')).toBe(href);
	});

	it('links to the website of the initiative and to the meeting page', async () => {
		const page = getPage();
		const initiative = page
			.getByRole('region', { name: expected.sections.initiative })
			.getByRole('link', { name: 'https://u4ssc.itu.int/', exact: true });
		expect.soft(await initiative.getAttribute('href')).toBe('https://u4ssc.itu.int/');
		const meeting = page
			.getByRole('region', { name: expected.sections.about })
			.getByRole('link', { name: meetingPage, exact: true });
		expect.soft(await seen(meeting)).toBe(meetingPage);
		expect.soft(await meeting.getAttribute('href')).toBe(meetingPage);
	});
}

for (const expected of pages) {
	for (const javaScript of [true, false]) {
		describe(`${expected.path} with JavaScript ${javaScript ? 'on' : 'off'}, viewed in 2026`, () => {
			let opened: Awaited<ReturnType<typeof open>>;

			beforeAll(async () => {
				opened = await open(expected.path, {
					locale: expected.browserLocale,
					javaScriptEnabled: javaScript,
					clock: { time: afterwards },
				});
			});

			it('answers with status 200', () => {
				expect(opened.status).toBe(200);
			});

			describeFacts(expected, () => opened.page);

			it('logs no console errors and throws no page errors', () => {
				expect(opened.problems.describe()).toEqual([]);
			});
		});
	}
}

describe('the meeting status follows the clock of the person viewing the page', () => {
	for (const expected of pages) {
		it(`shows "${expected.status.upcoming}" and the registration button before the meeting (${expected.locale})`, async () => {
			const { page, problems } = await open(expected.path, {
				locale: expected.browserLocale,
				clock: { time: before },
			});
			expect(await seen(page.getByRole('status'))).toBe(expected.status.upcoming);
			const register = page.getByRole('link', { name: expected.register, exact: true });
			expect(await seen(register)).toBe(expected.register);
			expect(await register.getAttribute('href')).toBe(meetingPage);
			expect(problems.describe()).toEqual([]);
		});

		it(`shows "${expected.status.live}" and the registration button during the meeting (${expected.locale})`, async () => {
			const { page, problems } = await open(expected.path, {
				locale: expected.browserLocale,
				clock: { time: during },
			});
			expect(await seen(page.getByRole('status'))).toBe(expected.status.live);
			expect(await seen(page.getByRole('link', { name: expected.register, exact: true }))).toBe(
				expected.register,
			);
			expect(problems.describe()).toEqual([]);
		});

		it(`says the meeting has ended, without a registration button, after it (${expected.locale})`, async () => {
			const { page, problems } = await open(expected.path, {
				locale: expected.browserLocale,
				clock: { time: '2023-06-20T16:00:00+02:00' },
			});
			expect(await seen(page.getByRole('status'))).toBe(expected.status.ended);
			expect(await page.getByRole('link', { name: expected.register }).count()).toBe(0);
			expect(problems.describe()).toEqual([]);
		});
	}

	it.each(pages)(
		'changes from upcoming to in progress to ended while the page stays open ($locale)',
		async (expected) => {
			const { page, problems } = await open(expected.path, {
				locale: expected.browserLocale,
				clock: { time: '2023-06-20T09:29:00+02:00', mode: 'installed' },
			});
			const status = page.getByRole('status');
			expect(await seen(status)).toBe(expected.status.nextMinute);
			await page.clock.runFor('02:00');
			expect(await seen(status)).toBe(expected.status.justStarted);
			await page.clock.runFor('06:30:00');
			expect(await seen(status)).toBe(expected.status.ended);
			expect(problems.describe()).toEqual([]);
		},
	);

	it.each(pages)(
		'decides by the instant, not by the wall clock of the viewer’s time zone ($locale)',
		async (expected) => {
			// 10:00 in Tokyo on 20 June is 03:00 in Geneva: the meeting has not started yet.
			const { page } = await open(expected.path, {
				locale: expected.browserLocale,
				timezoneId: 'Asia/Tokyo',
				clock: { time: '2023-06-20T10:00:00+09:00' },
			});
			expect(await seen(page.getByRole('status'))).toBe(expected.status.fromTokyo);
		},
	);
});

describe('layout on small screens', () => {
	for (const expected of pages) {
		it(`does not scroll sideways at 320 px (${expected.path})`, async () => {
			const { page } = await open(expected.path, {
				locale: expected.browserLocale,
				viewport: { width: 320, height: 640 },
				clock: { time: afterwards },
			});
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(width).toBeLessThanOrEqual(320);
		});

		it(`shows the title, the date and the status in the first screen of a phone (${expected.path})`, async () => {
			const { page } = await open(expected.path, {
				locale: expected.browserLocale,
				viewport: { width: 390, height: 844 },
				clock: { time: afterwards },
			});
			const parts = {
				title: page.getByRole('heading', { level: 1 }),
				date: page.getByText(expected.date, { exact: true }),
				status: page.getByRole('status'),
			};
			for (const [name, locator] of Object.entries(parts)) {
				const box = await locator.boundingBox();
				expect.soft(box, name).not.toBeNull();
				if (box) expect.soft(box.y + box.height, name).toBeLessThanOrEqual(844);
			}
		});
	}
});
