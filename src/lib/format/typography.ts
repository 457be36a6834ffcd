// Typography for text a person reads, applied at build time with typograf: no-break spaces after
// short words, inside "20 июня 2023 г." and between a number and its unit, the right dashes,
// «ёлочки» with „лапки“ inside (“…” with ‘…’ in English). Plain text in, plain text out.

import Typograf from 'typograf';

import { intlLocale, type Locale } from '../../i18n/locales.ts';

/** typograf's rule sets: Russian (with English words inside it) and English. */
const typografLocales: Record<Locale, string[]> = {
	ru: ['ru', 'en-US'],
	en: ['en-US'],
};

function typographer(locale: Locale): Typograf {
	const typograf = new Typograf({ locale: typografLocales[locale] });
	// A number keeps its unit or noun on its line: "19 учреждений", "18 days".
	typograf.enableRule('common/nbsp/afterNumber');
	// Machine-readable values are never rewritten: 2023-06-20 stays as it is (not 20.06.2023),
	// and an international phone number is not regrouped the Russian way.
	typograf.disableRule('ru/date/fromISO');
	typograf.disableRule('ru/other/phone-number');
	return typograf;
}

const typographers = new Map<Locale, Typograf>();
/** Strings already set, per language: a page asks for the same interface text many times. */
const done = new Map<Locale, Map<string, string>>();

/**
 * The text as it should be printed in the language. Whitespace at either end is kept (the text
 * may be one of several pieces of a sentence); the result set again is unchanged.
 */
export function typeset(text: string, locale: Locale): string {
	let cache = done.get(locale);
	if (!cache) done.set(locale, (cache = new Map()));
	const known = cache.get(text);
	if (known !== undefined) return known;
	const [, before = '', core = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
	let typograf = typographers.get(locale);
	if (!typograf) typographers.set(locale, (typograf = typographer(locale)));
	const result = core ? `${before}${typograf.execute(core)}${after}` : text;
	cache.set(text, result);
	return result;
}

/** Keys whose values are addresses, never text. */
const machineKeys = new Set(['url', 'href', 'email']);

/** A whole value that is an address, an e-mail or an ISO date: machine-readable, left alone. */
const machineValue =
	/^(?:[a-z][a-z\d+.-]*:\/\/\S+|[^\s@]+@[^\s@]+\.[^\s@]+|\d{4}-\d{2}-\d{2}\S*)$/i;

/**
 * Every string of a content object (front matter: titles, lists, nested names) set in the
 * language; addresses, e-mails and ISO dates, and the values of `url` keys, stay as written.
 */
export function typesetAll<T>(value: T, locale: Locale): T {
	if (typeof value === 'string') {
		return (machineValue.test(value) ? value : typeset(value, locale)) as T;
	}
	if (Array.isArray(value)) return value.map((item) => typesetAll(item, locale)) as T;
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value).map(([key, item]) => [
				key,
				machineKeys.has(key) ? item : typesetAll(item, locale),
			]),
		) as T;
	}
	return value;
}

/** The text as a line of its own begins, with a capital: "Вторник, 20 июня 2023 г.". */
export function capitalized(text: string, locale: Locale): string {
	const [first = ''] = text;
	return first.toLocaleUpperCase(intlLocale[locale]) + text.slice(first.length);
}

/**
 * The text as it continues a sentence after a colon, with a small letter: "Формат: виртуальный".
 * Only for words that are not names (English, Monday and the like keep their capital).
 */
export function uncapitalized(text: string, locale: Locale): string {
	const [first = ''] = text;
	return first.toLocaleLowerCase(intlLocale[locale]) + text.slice(first.length);
}

/**
 * A range as Intl writes it ("16 января в 09:00 – 17 января в 17:30") with thin spaces around its
 * dash, as CLDR writes English ranges: typograf would take a dash between plain spaces for a dash
 * in a sentence and make it an em dash.
 */
export function rangeDashes(text: string): string {
	return text.replace(/ – /g, '\u2009–\u2009');
}
