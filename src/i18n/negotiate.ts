// Picks the site language that best matches a visitor's list of preferred languages.

import type { Locale } from './locales.ts';

/**
 * ["ru-RU", "en"] → "ru"; ["de", "en-US"] → "en"; ["de"] → undefined, among the site's languages
 * (`available`: the language chooser passes those it lists, so its script needs nothing of the
 * meeting pages' and the two share no module file).
 */
export function preferredLocale(
	preferences: readonly string[],
	available: readonly Locale[],
): Locale | undefined {
	for (const tag of preferences) {
		const language = tag.toLowerCase().split('-')[0];
		const match = available.find((locale) => locale === language);
		if (match) return match;
	}
	return undefined;
}
