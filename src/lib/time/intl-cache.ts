// Intl formatters are costly to create (each loads its locale's data, a zone's rules); every
// module asks for them here, so a page or a build makes each combination once. Browser-safe.

const made = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object, make: () => T): T {
	const key = `${kind}|${locale}|${JSON.stringify(options)}`;
	let format = made.get(key) as T | undefined;
	if (format === undefined) {
		// A constructor that throws (an unknown zone, say) leaves nothing behind.
		format = make();
		made.set(key, format);
	}
	return format;
}

export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions = {}) =>
	cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) =>
	cached('number', locale, options, () => new Intl.NumberFormat(locale, options));

export const listFormat = (locale: string, options: Intl.ListFormatOptions = {}) =>
	cached('list', locale, options, () => new Intl.ListFormat(locale, options));

export const displayNames = (locale: string, options: Intl.DisplayNamesOptions) =>
	cached('names', locale, options, () => new Intl.DisplayNames(locale, options));

export const pluralRules = (locale: string, options: Intl.PluralRulesOptions = {}) =>
	cached('plural', locale, options, () => new Intl.PluralRules(locale, options));

export const relativeTimeFormat = (locale: string, options: Intl.RelativeTimeFormatOptions = {}) =>
	cached('relative', locale, options, () => new Intl.RelativeTimeFormat(locale, options));
