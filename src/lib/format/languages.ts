// Names of languages and lists of them, in the page's language, from Intl (no data shipped).

import { useTranslations } from '../../i18n/index.ts';
import { intlLocale, type Locale } from '../../i18n/locales.ts';
import { displayNames, listFormat } from '../time/intl-cache.ts';
import { typeset } from './typography.ts';

/** "English", "английский"; ["en", "fr"] → "English and French", "английский и французский". */
export function languageList(codes: readonly string[], locale: Locale): string {
	const names = displayNames(intlLocale[locale], { type: 'language' });
	const list = listFormat(intlLocale[locale], { type: 'conjunction' });
	return typeset(list.format(codes.map((code) => names.of(code) ?? code)), locale);
}

/**
 * The working languages as the key facts and calendar files state them: "English only" /
 * "только английский" for one, "English and French" / "английский и французский" for several.
 */
export function workingLanguagesText(codes: readonly string[], locale: Locale): string {
	const languages = languageList(codes, locale);
	return codes.length === 1
		? useTranslations(locale)('meeting.languageOnly', { languages })
		: languages;
}

/** `tel:` link for a number written "+41 22 730 6301". */
export function telHref(phone: string): string {
	return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
