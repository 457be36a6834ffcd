// The one rule of the build's typography (src/lib/format/typography.ts) that text the browser
// writes with Intl needs: a number keeps the word after it on its line ("20 июня", "2023 г.",
// "18 дней"). Intl only, no typograf: this runs in the browser.

/** The text with a no-break space between each number and the word that follows it. */
export function keepNumbersWithWords(text: string): string {
	return text.replace(/(\d) (?=\p{L})/gu, '$1\u00a0');
}
