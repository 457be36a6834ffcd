// Interface text lookup: `useTranslations(locale)` returns a `t()` bound to one language. Every
// string it hands out is typeset (no-break spaces, dashes, quotes) for that language. It holds
// every dictionary, so it runs at build time; browser code imports locales, negotiate and paths.

import { en } from './en.ts';
import { intlLocale, type Locale } from './locales.ts';
import { ru } from './ru.ts';
import { typeset } from '../lib/format/typography.ts';
import { pluralRules } from '../lib/time/intl-cache.ts';
import type { Dictionary, PluralKey, TextKey } from './dictionary.ts';

export type { Dictionary, PluralKey, TextKey, UIKey } from './dictionary.ts';

/** Each dictionary with its strings typeset, for pages that read an entry directly. */
function typesetDictionary(dictionary: Dictionary, locale: Locale): Dictionary {
	return Object.fromEntries(
		Object.entries(dictionary).map(([key, value]) => [
			key,
			typeof value === 'string'
				? typeset(value, locale)
				: Object.fromEntries(
						Object.entries(value).map(([form, text]) => [form, typeset(text, locale)]),
					),
		]),
	) as Dictionary;
}

export const dictionaries: Record<Locale, Dictionary> = {
	en: typesetDictionary(en, 'en'),
	ru: typesetDictionary(ru, 'ru'),
};

type Values = Record<string, string | number>;

function fill(template: string, values: Values | undefined, locale: Locale): string {
	if (!values) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const value = values[name];
		if (value === undefined) return whole;
		return typeof value === 'number' ? value.toLocaleString(intlLocale[locale]) : value;
	});
}

export function useTranslations(locale: Locale) {
	const dictionary = dictionaries[locale];
	const rules = pluralRules(intlLocale[locale]);

	/**
	 * A string from the dictionary, with `{name}` placeholders filled in; set again once filled,
	 * as a value and the words around it may need a no-break space between them.
	 */
	function t(key: TextKey, values?: Values): string {
		return typeset(fill(dictionary[key], values, locale), locale);
	}

	/** The plural form that suits `count` in this language; `{count}` is filled in. */
	t.plural = (key: PluralKey, count: number, values?: Values): string => {
		const forms = dictionary[key];
		const template = forms[rules.select(count)] ?? forms.other;
		return typeset(fill(template, { count, ...values }, locale), locale);
	};

	return t;
}
