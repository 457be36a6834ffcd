// The importer's readers, each on the wordings circulars use: numbers, dates and times in English
// and Russian, the clock a letter's times follow, places and their zones, and a letter's parts in
// messy exports.
import { describe, expect, it } from 'vitest';

import { findDates, findTime, findZoneMention, languageOf } from '../../../src/lib/import/dates.ts';
import { readLetter } from '../../../src/lib/import/letter.ts';
import { cardinal, ordinal } from '../../../src/lib/import/numbers.ts';
import { findPlaces, russianForms } from '../../../src/lib/import/places.ts';
import { typographicQuotes } from '../../../src/lib/import/extract.ts';

describe('ordinal and cardinal numbers', () => {
	it.each([
		['en', 'seventh', 7],
		['en', 'Third', 3],
		['en', 'twelfth', 12],
		['en', 'twentieth', 20],
		['en', 'twenty-first', 21],
		['en', '7th', 7],
		['en', '22nd', 22],
		['ru', 'седьмое', 7],
		['ru', 'Седьмого', 7],
		['ru', 'третье', 3],
		['ru', 'Четвертое', 4],
		['ru', 'четвёртой', 4],
		['ru', 'девятнадцатое', 19],
		['ru', 'двадцать первое', 21],
		['ru', '7-е', 7],
	] as const)('reads the %s ordinal "%s" as %i', (lang, text, value) => {
		expect(ordinal[lang](text)).toBe(value);
	});

	it.each([
		['en', 'meeting'],
		['en', 'nineth'],
		['ru', 'собрание'],
		['ru', 'пятница'],
	] as const)('reads the %s word "%s" as no ordinal', (lang, text) => {
		expect(ordinal[lang](text)).toBeUndefined();
	});

	it.each([
		['en', 'nineteen', 19],
		['en', 'forty-two', 42],
		['en', '19', 19],
		['ru', 'девятнадцать', 19],
		['ru', 'двадцать два', 22],
	] as const)('reads the %s cardinal "%s" as %i', (lang, text, value) => {
		expect(cardinal[lang](text)).toBe(value);
	});
});

describe('findDates', () => {
	it.each([
		['20 June 2023', '2023-06-20', '2023-06-20'],
		['26 February-2 March 2018', '2018-02-26', '2018-03-02'],
		['from 26 February to 2 March 2018', '2018-02-26', '2018-03-02'],
		['from 9 to 18 April 2018', '2018-04-09', '2018-04-18'],
		['9–18 April 2018', '2018-04-09', '2018-04-18'],
		['16 and 17 January 2024', '2024-01-16', '2024-01-17'],
		['April 9-11, 2024', '2024-04-09', '2024-04-11'],
		['28 December-3 January 2019', '2018-12-28', '2019-01-03'],
		['20 июня 2023 года', '2023-06-20', '2023-06-20'],
		['(виртуальный формат, 20 июня 2023 г.)', '2023-06-20', '2023-06-20'],
		['с 9 по 18 апреля 2018 года', '2018-04-09', '2018-04-18'],
		['с 26 февраля по 2 марта 2018 года', '2018-02-26', '2018-03-02'],
		['26 февраля – 2 марта 2018 года', '2018-02-26', '2018-03-02'],
	])('reads "%s" as %s to %s', (text, start, end) => {
		expect(findDates(text)[0]).toMatchObject({ start, end });
	});

	it('gives a date without a year the year of the letter, or the next when it would be earlier', () => {
		expect(findDates('с 9 по 18 апреля', '2023-05-02')[0]).toMatchObject({
			start: '2024-04-09',
			end: '2024-04-18',
		});
		expect(findDates('20 июня', '2023-05-02')[0]).toMatchObject({ start: '2023-06-20' });
	});

	it('reads no date from days that do not exist or words that are not months', () => {
		expect(findDates('30 February 2023')).toEqual([]);
		expect(findDates('19 учреждений и программ ООН')).toEqual([]);
	});
});

describe('findTime', () => {
	it.each([
		['с 09 час. 30 мин. до 16 час. 00 мин. CEST', '09:30', '16:00'],
		['from 0930 to 1730 hours', '09:30', '17:30'],
		['from 09:30 to 16:00', '09:30', '16:00'],
		['09:30–16:00', '09:30', '16:00'],
		['from 9.30 a.m. to 2 p.m.', '09:30', '14:00'],
	])('reads "%s" as %s to %s', (text, start, end) => {
		expect(findTime(text)).toMatchObject({ start, end });
	});

	it.each([
		['The meeting will open at 0930 hours on the first day', '09:30'],
		['The meeting will open at0930 hours', '09:30'],
		['The meeting opens at0930', '09:30'],
		['Собрание откроется в 09 час. 30 мин.', '09:30'],
	])('reads the opening time of "%s" as %s, with no end', (text, start) => {
		expect(findTime(text)).toEqual(expect.objectContaining({ start }));
		expect(findTime(text)?.end).toBeUndefined();
	});

	it('does not take years or dates for times', () => {
		expect(findTime('the work plan from 2023 to 2024')).toBeUndefined();
		expect(findTime('on 20 June 2023')).toBeUndefined();
	});
});

describe('findZoneMention', () => {
	it.each([
		['09:30 CEST', { abbreviation: 'CEST', offset: 120 }],
		['0930 hours UTC+2', { abbreviation: 'UTC+2', offset: 120 }],
		['10:00 UTC−05:00', { abbreviation: 'UTC−05:00', offset: -300 }],
		['0930 hours (Geneva time)', { city: 'Geneva' }],
		['в 10 час. 00 мин. по женевскому времени', { city: 'Женева' }],
		['в 10 час. 00 мин. по местному времени', { local: true }],
	])('reads the clock of "%s"', (text, expected) => {
		expect(findZoneMention(text)).toMatchObject(expected);
	});
});

describe('places', () => {
	it.each([
		['held at ITU headquarters, Geneva', 'Geneva', 'Europe/Zurich'],
		['будет проходить в Женеве', 'Женеве', 'Europe/Zurich'],
		['hosted in Madrid, Spain', 'Madrid', 'Europe/Madrid'],
		['в Мадриде (Испания)', 'Мадриде', 'Europe/Madrid'],
		['at United Nations Headquarters in New York', 'New York', 'America/New_York'],
		['в Нью-Йорке', 'Нью-Йорке', 'America/New_York'],
		['in Bangkok, Thailand', 'Bangkok', 'Asia/Bangkok'],
	])('finds the city in "%s" (%s) and its zone %s', (text, found, zone) => {
		const [place] = findPlaces(text);
		expect(place).toMatchObject({ kind: 'city', text: found, zones: [zone] });
	});

	it('names a place in both languages: Женева is Geneva, Мадрид is Madrid', () => {
		expect(findPlaces('Женева')[0]?.names).toEqual({ en: 'Geneva', ru: 'Женева' });
		expect(findPlaces('Madrid')[0]?.names).toEqual({ en: 'Madrid', ru: 'Мадрид' });
	});

	it('finds a country with its zones, the main one first', () => {
		expect(findPlaces('в Испании')[0]).toMatchObject({
			kind: 'country',
			zones: ['Europe/Madrid', 'Africa/Ceuta', 'Atlantic/Canary'],
		});
	});

	it('does not take lower-case words or common words that name remote zones for places', () => {
		expect(findPlaces('wake up on Christmas at the Center')).toEqual([]);
		expect(findPlaces('женева')).toEqual([]);
	});

	it('declines Russian place names, only the last word of a compound', () => {
		expect(russianForms('Женева')).toContain('Женеве');
		expect(russianForms('Нью-Йорк')).toContain('Нью-Йорке');
		expect(russianForms('Испания')).toContain('Испании');
		expect(russianForms('Тбилиси')).toEqual(['Тбилиси']);
	});
});

describe('typographicQuotes', () => {
	it('prints nested straight quotes as the language does', () => {
		const text =
			'инициативы "Объединение усилий в целях построения "умных" устойчивых городов" (U4SSC)';
		expect(typographicQuotes(text, 'ru')).toBe(
			'инициативы «Объединение усилий в целях построения „умных“ устойчивых городов» (U4SSC)',
		);
		expect(typographicQuotes('the "Smart" cities', 'en')).toBe('the “Smart” cities');
	});
});

describe('readLetter on messy exports', () => {
	const lines = (text: string) =>
		text.split('\n').map((line, i) => ({ number: i + 1, text: line }));

	it('reads labels run into the text before them, and values given after all the labels', () => {
		const letter = readLetter(
			lines(
				[
					'Geneva, 18 December 2017Ref:TSB Circular 71Contact:Denis Andreev',
					'Tel: / Fax: / E-mail:',
					'+41 22 730 5515 / +41 22 730 5853 / tsbfgdt4c@itu.int',
					'To:\t-\tAdministrations of Member States of the Union\t-\tITU-T Sector Members',
					'Copy: / - The Director of the Telecommunication Development Bureau',
					'Subject:Third meeting of the Focus Group',
					'Dear Sir/Madam,',
				].join('\n'),
			),
		);
		expect(letter.placeAndDate?.text).toBe('Geneva, 18 December 2017');
		expect(letter.reference?.text).toBe('TSB Circular 71');
		expect(letter.contacts.phone?.text).toBe('+41 22 730 5515');
		expect(letter.contacts.fax?.text).toBe('+41 22 730 5853');
		expect(letter.contacts.email?.text).toBe('tsbfgdt4c@itu.int');
		expect(letter.addressees.map((a) => a.text)).toEqual([
			'Administrations of Member States of the Union',
			'ITU-T Sector Members',
		]);
		expect(letter.copies.map((a) => a.text)).toEqual([
			'The Director of the Telecommunication Development Bureau',
		]);
		expect(letter.subject.map((s) => s.text)).toEqual(['Third meeting of the Focus Group']);
	});

	it('reads numbered paragraphs, their bullets and a deadlines table flattened onto one line', () => {
		const letter = readLetter(
			lines(
				[
					'Subject:\tA meeting',
					'Dear Sir/Madam,',
					'1 I have the honour to inform you.',
					'2\tThe objectives are:',
					'•\tto agree;',
					'o\tto plan.',
					'3 Key deadlines: 15 January 2018 / Submit fellowships / 26 January 2018 / Submit visas',
					'Yours faithfully,',
					'4 Not a paragraph of the letter',
				].join('\n'),
			),
		);
		expect(letter.paragraphs.map((p) => p.number)).toEqual([1, 2]);
		expect(letter.paragraphs[1]!.bullets.map((b) => b.text)).toEqual(['to agree;', 'to plan.']);
		expect(letter.deadlines.map((d) => [d.date.text, d.what.text])).toEqual([
			['15 January 2018', 'Submit fellowships'],
			['26 January 2018', 'Submit visas'],
		]);
	});

	it('tells the letter’s language from its letters', () => {
		expect(languageOf('Женева, 2 мая 2023 года')).toBe('ru');
		expect(languageOf('Geneva, 2 May 2023')).toBe('en');
	});
});
