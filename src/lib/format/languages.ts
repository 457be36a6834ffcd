// Names of languages and lists of them, in the page's language, from Intl (no data shipped).

import { intlLocale, type Locale } from '../../i18n/locales.ts';
import { displayNames, listFormat } from '../time/intl-cache.ts';

/** "English", "английский"; ["en", "fr"] → "English and French", "английский и французский". */
export function languageList(codes: readonly string[], locale: Locale): string {
	const names = displayNames(intlLocale[locale], { type: 'language' });
	const list = listFormat(intlLocale[locale], { type: 'conjunction' });
	return list.format(codes.map((code) => names.of(code) ?? code));
}

/** `tel:` link for a number written "+41 22 730 6301". */
export function telHref(phone: string): string {
	return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
