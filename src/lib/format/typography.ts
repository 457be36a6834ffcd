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

function typographerFor(locale: Locale): Typograf {
	let typograf = typographers.get(locale);
	if (!typograf) typographers.set(locale, (typograf = typographer(locale)));
	return typograf;
}

function cacheFor(locale: Locale): Map<string, string> {
	let cache = done.get(locale);
	if (!cache) done.set(locale, (cache = new Map()));
	return cache;
}

/** Whitespace before, the text, whitespace after: typograf trims, a piece of a sentence must not. */
const edges = (text: string) =>
	/^(\s*)([\s\S]*?)(\s*)$/.exec(text)!.slice(1) as [string, string, string];

/**
 * Between two texts set in one run: a private-use character on a line of its own, which no rule
 * reads across. One run costs what one short text does (typograf builds its rules' expressions
 * on every run), so a meeting's front matter is set in one run, not forty.
 */
const separator = '\n\uE000\n';

/**
 * Whether a text can share a run: quotes nest by level through a whole run, so a text whose
 * quotation marks do not pair up (or markup, or a line break) is set on its own.
 */
function sharesRun(core: string): boolean {
	if (/[<\n\uE000]/.test(core)) return false;
	const quotes = core.match(/[«»„“”‟‹›"]/g) ?? [];
	const count = (mark: string) => quotes.filter((quote) => quote === mark).length;
	return quotes.length % 2 === 0 && count('«') === count('»');
}

/**
 * The texts as they should be printed in the language, set by typograf without the cache: those
 * that can share a run in one, the others one by one. Whitespace at either end of each is kept.
 */
export function typesetBatch(texts: readonly string[], locale: Locale): string[] {
	const typograf = typographerFor(locale);
	const parts = texts.map(edges);
	const results = parts.map(([before, core, after]) =>
		!core || sharesRun(core) ? undefined : `${before}${typograf.execute(core)}${after}`,
	);
	const shared = parts.flatMap(([, core], index) =>
		results[index] === undefined && core ? [index] : [],
	);
	const set =
		shared.length > 0 ? typograf.execute(shared.map((i) => parts[i]![1]).join(separator)) : '';
	const pieces = set.split(separator);
	shared.forEach((index, position) => {
		const [before, core, after] = parts[index]!;
		// Should a rule ever join two texts, each is set again on its own.
		const piece = pieces.length === shared.length ? pieces[position]! : typograf.execute(core);
		results[index] = `${before}${piece}${after}`;
	});
	return results.map((result, index) => result ?? texts[index]!);
}

/** Several texts set as `typeset` sets each, in as few runs of typograf as can be. */
export function typesetEach(texts: readonly string[], locale: Locale): string[] {
	const cache = cacheFor(locale);
	const missing = [...new Set(texts.filter((text) => !cache.has(text)))];
	typesetBatch(missing, locale).forEach((set, index) => cache.set(missing[index]!, set));
	return texts.map((text) => cache.get(text)!);
}

/**
 * The text as it should be printed in the language. Whitespace at either end is kept (the text
 * may be one of several pieces of a sentence); the result set again is unchanged.
 */
export function typeset(text: string, locale: Locale): string {
	return typesetEach([text], locale)[0]!;
}

/** Keys whose values are addresses, never text. */
const machineKeys = new Set(['url', 'href', 'email']);

/** A whole value that is an address, an e-mail or an ISO date: machine-readable, left alone. */
const machineValue =
	/^(?:[a-z][a-z\d+.-]*:\/\/\S+|[^\s@]+@[^\s@]+\.[^\s@]+|\d{4}-\d{2}-\d{2}\S*)$/i;

/** Calls `visit` with every string of a content object that is text, in order. */
function textsOf(value: unknown, visit: (text: string) => string): unknown {
	if (typeof value === 'string') return machineValue.test(value) ? value : visit(value);
	if (Array.isArray(value)) return value.map((item) => textsOf(item, visit));
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value).map(([key, item]) => [
				key,
				machineKeys.has(key) ? item : textsOf(item, visit),
			]),
		);
	}
	return value;
}

/**
 * Every string of a content object (front matter: titles, lists, nested names) set in the
 * language, in one run of typograf; addresses, e-mails and ISO dates, and the values of `url`
 * keys, stay as written.
 */
export function typesetAll<T>(value: T, locale: Locale): T {
	const texts: string[] = [];
	textsOf(value, (text) => (texts.push(text), text));
	const set = typesetEach(texts, locale);
	let next = 0;
	return textsOf(value, () => set[next++]!) as T;
}

/**
 * The text with plain spaces for its no-break ones: for an address that a calendar app or a
 * search engine looks up on a map, where typography has no place.
 */
export function plainSpaces(text: string): string {
	return text.replace(/[\u00a0\u202f]/g, ' ');
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
 * in a sentence and make it an em dash. The browser's half (src/lib/time/typography.ts) is the one.
 */
export { rangeDashes } from '../time/typography.ts';
