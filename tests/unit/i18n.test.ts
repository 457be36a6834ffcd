import { describe, expect, it } from 'vitest';

import { dictionaries, useTranslations } from '../../src/i18n/index.ts';
import { locales } from '../../src/i18n/locales.ts';
import { preferredLocale } from '../../src/i18n/negotiate.ts';
import { homePath, localizedPath, meetingPath } from '../../src/i18n/paths.ts';
import { languageList, telHref } from '../../src/lib/format/languages.ts';

/** Expected text with "~" for each no-break space typography puts in. */
const nb = (text: string) => text.replace(/~/g, '\u00a0');

describe('dictionaries', () => {
	it('have exactly the same keys in every language', () => {
		const [first, ...rest] = locales.map((locale) => Object.keys(dictionaries[locale]).sort());
		for (const keys of rest) expect(keys).toEqual(first);
	});

	it('keep Russian pages free of English words', () => {
		// Names of products and standards stay in Latin script in Russian text.
		const names = /\b(Google|Outlook\.com|Outlook|Microsoft|Apple|UTC|ics|https|RSS)\b/g;
		const latin = Object.entries(dictionaries.ru).flatMap(([key, value]) =>
			(typeof value === 'string' ? [value] : Object.values(value))
				.filter((text) => /[A-Za-z]{2,}/.test(text.replace(/\{\w+\}/g, '').replace(names, '')))
				.map((text) => `${key}: ${text}`),
		);
		expect(latin).toEqual([]);
	});

	it('fill in placeholders, and set the words around them', () => {
		expect(useTranslations('en')('status.ended', { date: '20\u00a0June 2023' })).toBe(
			nb('This meeting ended on~20~June 2023.'),
		);
	});

	it.each([
		[1, 'Инициативу поддерживает 1~учреждение или~программа~ООН.'],
		[3, 'Инициативу поддерживают 3~учреждения и~программы~ООН.'],
		[19, 'Инициативу поддерживают 19~учреждений и~программ~ООН.'],
		[21, 'Инициативу поддерживает 21~учреждение или~программа~ООН.'],
	])('choose the Russian plural form for %i', (count, expected) => {
		expect(useTranslations('ru').plural('meeting.initiative.agencies', count)).toBe(nb(expected));
	});

	it('choose the English plural form', () => {
		const t = useTranslations('en');
		expect(t.plural('meeting.initiative.agencies', 1)).toBe(
			nb('The~initiative is~supported by~1~United Nations agency or~programme.'),
		);
		expect(t.plural('meeting.initiative.agencies', 19)).toBe(
			nb('The~initiative is~supported by~19~United Nations agencies and~programmes.'),
		);
	});

	it('hand out every string typeset for its language', () => {
		const t = useTranslations('ru');
		// «До» never ends a line, and the quotes around the goal are «ёлочки».
		expect(t('status.startsIn')).toBe(nb('До~начала: {duration}'));
		expect(t('meeting.initiative.goal', { number: 11, goal: 'Обеспечение "умных" городов' })).toBe(
			nb(
				'Инициатива направлена на~достижение Цели 11~в~области устойчивого развития: «Обеспечение „умных“ городов».',
			),
		);
		expect(dictionaries.ru['status.startsIn']).toBe(t('status.startsIn'));
	});
});

describe('paths', () => {
	it('puts every page under its language', () => {
		expect(homePath('ru')).toBe('/ru/');
		expect(meetingPath('en', 'u4ssc-7')).toBe('/en/meetings/u4ssc-7/');
	});

	it('finds the same page in the other language', () => {
		expect(localizedPath('/en/meetings/u4ssc-7/', 'en', 'ru')).toBe('/ru/meetings/u4ssc-7/');
		expect(localizedPath('/ru/', 'ru', 'en')).toBe('/en/');
		expect(localizedPath('/404.html', 'en', 'ru')).toBe('/ru/');
	});
});

describe('preferredLocale', () => {
	it.each([
		[['ru-RU', 'en'], 'ru'],
		[['de-CH', 'en-US', 'ru'], 'en'],
		[['RU'], 'ru'],
		[['de', 'fr'], undefined],
		[[], undefined],
	])('picks the first supported language of %j', (preferences, expected) => {
		expect(preferredLocale(preferences, locales)).toBe(expected);
	});
});

describe('languages and numbers', () => {
	it('names working languages in the page language', () => {
		expect(languageList(['en'], 'en')).toBe('English');
		expect(languageList(['en'], 'ru')).toBe('английский');
		expect(languageList(['en', 'fr'], 'ru')).toBe(nb('английский и~французский'));
	});

	it('turns a written phone number into a tel: link', () => {
		expect(telHref('+41 22 730 6301')).toBe('tel:+41227306301');
	});
});
