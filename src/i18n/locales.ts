// The site's languages. Everything that loops over languages imports this list.

export const locales = ['en', 'ru'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** The BCP 47 tag handed to Intl for each page language (British English: day-month order, 24 h). */
export const intlLocale: Record<Locale, string> = {
	en: 'en-GB',
	ru: 'ru-RU',
};

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The other language, for the language switch (the site has exactly two). */
export function otherLocale(locale: Locale): Locale {
	return locale === 'en' ? 'ru' : 'en';
}
