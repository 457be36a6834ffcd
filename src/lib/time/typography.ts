// The rules of the build's typography (src/lib/format/typography.ts) that text the browser writes
// with Intl needs, so that the same date or time reads the same from the server and the browser:
// a number keeps the word after it on its line ("20 июня", "2023 г.", "18 дней"), a one- or
// two-letter word keeps what follows it ("at 17:30", «в 17:30», «До начала»), and a range's dash
// stands between thin spaces ("26 February – 2 March"). Intl only, no typograf: this runs in the
// browser.

/** A range's dash between thin spaces, as the build writes ranges: typograf leaves it so. */
export function rangeDashes(text: string): string {
	return text.replace(/ – /g, '\u2009–\u2009');
}

/** Intl's text set as the build sets the same text. */
export function keepNumbersWithWords(text: string): string {
	return rangeDashes(text)
		.replace(/(\d) (?=\p{L})/gu, '$1\u00a0')
		.replace(/(^|[\s(])(\p{L}{1,2}) (?=\S)/gu, '$1$2\u00a0');
}
