// Picks the site language that best matches a visitor's list of preferred languages.

import { locales, type Locale } from './locales.ts';

/** ["ru-RU", "en"] → "ru"; ["de", "en-US"] → "en"; ["de"] → undefined. */
export function preferredLocale(preferences: readonly string[]): Locale | undefined {
	for (const tag of preferences) {
		const language = tag.toLowerCase().split('-')[0];
		const match = locales.find((locale) => locale === language);
		if (match) return match;
	}
	return undefined;
}
