import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';

import Circular from '../../src/components/Circular.astro';
import Contacts from '../../src/components/Contacts.astro';
import KeyDeadlines from '../../src/components/KeyDeadlines/KeyDeadlines.astro';
import KeyFacts from '../../src/components/KeyFacts.astro';
import LanguageSwitch from '../../src/components/LanguageSwitch.astro';
import MeetingCard from '../../src/components/MeetingCard.astro';
import MeetingStatus from '../../src/components/MeetingStatus/MeetingStatus.astro';
import MeetingWhen from '../../src/components/MeetingWhen/MeetingWhen.astro';
import { meetingWindow } from '../../src/lib/format/meeting-time.ts';
import { MeetingSchema } from '../../src/schemas/meeting.ts';
import { MeetingTextSchema } from '../../src/schemas/meeting-text.ts';
import { readFacts, readFrontmatter } from '../helpers/content.ts';
import { fixtureMeeting } from '../helpers/meetings.ts';
import { withoutScopeClasses } from '../helpers/markup.ts';

const facts = MeetingSchema.parse(readFacts('u4ssc-7'));
const text = {
	en: MeetingTextSchema.parse(readFrontmatter('u4ssc-7', 'en')),
	ru: MeetingTextSchema.parse(readFrontmatter('u4ssc-7', 'ru')),
};
const window = meetingWindow(facts.schedule);

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

/** The markup without the classes that scope Astro's styles. */
const clean = withoutScopeClasses;

/** The text a reader sees: inline tags dropped, block tags as spaces, whitespace collapsed. */
const visible = (html: string) =>
	html
		.replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
		.replace(/<\/?(time|span|a|strong|wbr)\b[^>]*>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

describe('MeetingWhen', () => {
	it.each([
		['en', 'Tuesday, 20 June 2023 09:30–16:00 Geneva time (CEST, UTC+2) 07:30–14:00 UTC'],
		['ru', 'Вторник, 20 июня 2023 г. 09:30–16:00 (Женева, CEST, UTC+2) 07:30–14:00 UTC'],
	] as const)(
		'writes the date, the window in Geneva time and in UTC (%s)',
		async (locale, expected) => {
			const html = clean(
				await container.renderToString(MeetingWhen, {
					props: { schedule: facts.schedule, locale, place: text[locale].timeZonePlace },
				}),
			);
			const [server = '', visitor = ''] = html.split('<div class="visitor">');
			expect(visible(server)).toBe(expected);
			expect(html).toContain('<time datetime="2023-06-20">');
			expect(html).toContain('<time datetime="2023-06-20T09:30+02:00">09:30</time>');
			expect(html).toContain('<time datetime="2023-06-20T16:00+02:00">16:00</time>');
			expect(html).toContain('<time datetime="2023-06-20T07:30Z">07:30</time>');
			// The visitor's layout, hidden until the browser fills in their time: the meeting's zone
			// and UTC a line lower, under an empty date and window.
			expect(visible(visitor.replaceAll('&nbsp;', ''))).toBe(
				expected.replace(/^.+? 2023( г\.)? /, ''),
			);
			expect(visitor).toContain('<p class="date" data-date></p>');
		},
	);
});

describe('MeetingStatus', () => {
	const render = async (locale: 'en' | 'ru', now: number) =>
		clean(
			await container.renderToString(MeetingStatus, {
				props: {
					window,
					locale,
					registrationUrl: facts.links.registration,
					registrationRequired: true,
					now,
				},
			}),
		);
	/** Only the parts not marked `hidden`. */
	const shown = (html: string) =>
		visible(html.replace(/<(\w+)[^>]*\bhidden\b[^>]*>[\s\S]*?<\/\1>/g, ''));

	it.each([
		['en', 'This meeting ended on 20 June 2023.'],
		['ru', 'Собрание завершилось 20 июня 2023 г.'],
	] as const)(
		'says the meeting has ended when built after it (%s), with no registration call',
		async (locale, expected) => {
			const html = await render(locale, Date.UTC(2026, 10, 30));
			expect(shown(html)).toBe(expected);
			expect(html).toContain('data-phase="ended"');
		},
	);

	it.each([
		[
			'en',
			'Scheduled Register on the meeting page Registration is mandatory. u4ssc.itu.int/latest-meetings/7th-meeting',
		],
		[
			'ru',
			'Запланировано Зарегистрироваться на странице собрания Регистрация обязательна. u4ssc.itu.int/latest-meetings/7th-meeting',
		],
	] as const)(
		'leaves the phase to the browser when built before the end (%s)',
		async (locale, expected) => {
			const html = await render(locale, Date.UTC(2023, 4, 2));
			expect(shown(html)).toBe(expected);
			expect(html).toContain('data-phase="scheduled"');
			expect(html).toContain('data-start="2023-06-20T07:30:00.000Z"');
			expect(html).toContain('data-end="2023-06-20T14:00:00.000Z"');
			expect(html).toContain(`href="${facts.links.registration}"`);
		},
	);

	it('makes registration the filled button and writes its address to be read, broken at slashes', async () => {
		const html = await render('en', Date.UTC(2023, 4, 2));
		expect(html).toContain(
			'<a class="button" href="https://u4ssc.itu.int/latest-meetings/7th-meeting/">',
		);
		expect(html).toContain(
			'<a class="readable" href="https://u4ssc.itu.int/latest-meetings/7th-meeting/">u4ssc.itu.int/<wbr>latest-meetings/<wbr>7th-meeting</a>',
		);
	});
});

describe('KeyFacts', () => {
	it.each([
		[
			'en',
			'Format Virtual (online) Language English only Participation Free of charge Registration Mandatory',
		],
		[
			'ru',
			'Формат Виртуальный (онлайн) Язык Только английский Участие Бесплатно Регистрация Обязательна',
		],
	] as const)('lists format, language, cost and registration (%s)', async (locale, expected) => {
		const html = clean(await container.renderToString(KeyFacts, { props: { facts, locale } }));
		expect(visible(html)).toBe(expected);
	});

	it('names the venue of an in-person meeting last, on a row of its own', async () => {
		const html = clean(
			await container.renderToString(KeyFacts, {
				props: {
					facts: { ...facts, format: 'in-person' },
					locale: 'en',
					venue: { name: 'ITU headquarters, Popov Room', address: 'Place des Nations, Geneva' },
				},
			}),
		);
		expect(visible(html)).toBe(
			'Format In person Language English only Participation Free of charge Registration Mandatory Venue ITU headquarters, Popov Room Place des Nations, Geneva',
		);
		expect(html).toContain('<div class="venue"><dt>Venue</dt>');
	});

	it('does not repeat the registration button or its address, which the hero gives', async () => {
		const html = clean(
			await container.renderToString(KeyFacts, { props: { facts, locale: 'en' } }),
		);
		expect(html).not.toContain(facts.links.registration);
	});
});

describe('Contacts', () => {
	it('links the telephone and the e-mail, inside <address>', async () => {
		const html = clean(
			await container.renderToString(Contacts, {
				props: { contacts: facts.contacts, locale: 'ru' },
			}),
		);
		expect(html).toMatch(/^<address/);
		expect(html).toContain('href="tel:+41227306301"');
		expect(html).toContain('href="mailto:u4ssc@itu.int"');
		expect(visible(html)).toBe(
			'Телефон +41 22 730 6301 Факс +41 22 730 5853 Эл. почта u4ssc@itu.int',
		);
	});
});

describe('Circular', () => {
	it.each([
		[
			'en',
			'Source: TSB Circular 92 of 2 May 2023, Geneva',
			'https://www.itu.int/md/T22-TSB-CIR-0092/en',
		],
		[
			'ru',
			'Источник: Циркуляр 92 БСЭ от 2 мая 2023 г., Женева',
			'https://www.itu.int/md/T22-TSB-CIR-0092/ru',
		],
	] as const)(
		'names its source, linked to the official document in the language of the page (%s)',
		async (locale, expected, document) => {
			const html = clean(
				await container.renderToString(Circular, {
					props: { facts: facts.circular, text: text[locale].circular, locale },
				}),
			);
			expect(visible(html)).toMatch(new RegExp(`^${expected} `));
			expect(html).toContain(`<a href="${document}">`);
			expect(html).toContain('<time datetime="2023-05-02">');
			expect(html.match(/<li>/g)).toHaveLength(7);
		},
	);

	it('names the source without a link when the document’s address is not given', async () => {
		const circular = { ...text.en.circular, url: undefined };
		const html = clean(
			await container.renderToString(Circular, {
				props: { facts: facts.circular, text: circular, locale: 'en' },
			}),
		);
		expect(visible(html)).toMatch(/^Source: TSB Circular 92 of 2 May 2023, Geneva /);
		expect(html).not.toContain('<a ');
	});
});

describe('LanguageSwitch', () => {
	it('leads to the same page in the other language, named in that language', async () => {
		const html = clean(
			await container.renderToString(LanguageSwitch, {
				props: { locale: 'en', path: '/en/meetings/u4ssc-7/' },
			}),
		);
		expect(html).toContain('href="/ru/meetings/u4ssc-7/"');
		expect(html).toContain('<span lang="ru"');
		expect(visible(html)).toBe('Read this page in Russian: Русский');
	});
});

describe('MeetingCard', () => {
	it('shows title, date, time with zone, and format in Russian', async () => {
		const html = clean(
			await container.renderToString(MeetingCard, {
				props: { slug: 'u4ssc-7', facts, text: text.ru, locale: 'ru' },
			}),
		);
		expect(html).toContain('href="/ru/meetings/u4ssc-7/"');
		expect(visible(html)).toContain(
			'20 июня 2023 г., 09:30–16:00 (Женева, CEST, UTC+2) Виртуальный (онлайн)',
		);
	});
});

describe('KeyDeadlines', () => {
	const render = (locale: 'en' | 'ru', now: string) => {
		const { facts, text } = fixtureMeeting('fg-dt4c-3', locale);
		return container.renderToString(KeyDeadlines, {
			props: {
				deadlines: facts.keyDeadlines!,
				titles: text.keyDeadlines!,
				timeZone: facts.schedule.timeZone,
				locale,
				now: Date.parse(now),
			},
		});
	};

	it('lists each deadline by date and marks "passed" only what had passed at build time', async () => {
		const html = await render('en', '2018-01-20T12:00:00Z');
		expect(visible(html)).toBe(
			'Monday, 15 January 2018 Submit requests for fellowships passed Friday, 26 January 2018 Submit requests for visa support letters Friday, 16 February 2018 Submit contributions',
		);
		expect(clean(html)).toContain('<li data-date="2018-01-15" data-passed>');
		expect(clean(html)).toContain('<li data-date="2018-01-26">');
	});

	it('leaves the distance of future deadlines to the reader’s clock, in Russian too', async () => {
		const html = await render('ru', '2017-12-20T12:00:00Z');
		expect(visible(html)).toBe(
			'Понедельник, 15 января 2018 г. Представление заявок на стипендии Пятница, 26 января 2018 г. Представление запросов на письма о содействии в получении визы Пятница, 16 февраля 2018 г. Представление вкладов',
		);
		expect(clean(html)).toContain(
			'<key-deadlines data-zone="Europe/Zurich" data-passed-text="срок истек">',
		);
	});
});
