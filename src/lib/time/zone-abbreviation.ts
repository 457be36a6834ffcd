// Zones' customary English abbreviations ("CEST", "EDT", "IST"), with Intl alone. The build labels
// zones with them; in the browser only the zone picker asks, so they load with it, on first use.

import { dateTimeFormat } from './intl-cache.ts';
import { offsetLabel, wallClock } from './zone-time.ts';

/**
 * English locales whose CLDR data know a zone's customary abbreviation. CLDR gives each one only
 * where it is in common use there: "CEST" in en-GB, "EDT" in en-US, "AEST" in en-AU, "IST" in
 * en-IN and en-IE, "EAT" in en-ZA, "SGT" in en-SG. Each is asked only about the areas it names
 * zones in (a test checks that nothing is missed), so looking through every zone (the picker does,
 * for a typed abbreviation) stays quick.
 */
const abbreviationLocales: [locale: string, areas: RegExp][] = [
	['en-US', /^(America|Atlantic|Pacific)\//],
	['en-GB', /^(Europe|Africa|Asia|Atlantic|Arctic)\//],
	['en-CA', /^(America|Atlantic)\//],
	['en-AU', /^(Australia|Pacific|Antarctica)\//],
	['en-NZ', /^(Pacific|Antarctica)\//],
	['en-IN', /^Asia\//],
	['en-IE', /^Europe\//],
	['en-ZA', /^(Africa|Indian)\//],
	['en-SG', /^Asia\//],
	['en-HK', /^Asia\//],
];

/**
 * The zone's customary English abbreviation at that instant ("CEST", "BST", "EDT", "IST"), or
 * undefined where no English locale has one and Intl would only answer "GMT+4".
 */
export function zoneAbbreviation(instant: number, timeZone: string): string | undefined {
	const key = `${instant}|${timeZone}`;
	if (!named.has(key)) {
		if (named.size >= 20_000) named.clear();
		named.set(key, findAbbreviation(instant, timeZone));
	}
	return named.get(key);
}

/** Abbreviations already looked up, by instant and zone: each asks up to ten locales. */
const named = new Map<string, string | undefined>();

function findAbbreviation(instant: number, timeZone: string): string | undefined {
	for (const [locale, areas] of abbreviationLocales) {
		if (!areas.test(timeZone)) continue;
		const name = dateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
			.formatToParts(instant)
			.find((part) => part.type === 'timeZoneName')?.value;
		if (name && !/^(UTC|GMT[+\-\u2212])/.test(name)) return name;
	}
	return undefined;
}

/** How a zone is labelled at an instant: "CEST, UTC+2", or "UTC+4" where it has no abbreviation. */
export function zoneLabel(instant: number, timeZone: string): string {
	const offset = offsetLabel(wallClock(instant, timeZone).offset);
	const abbreviation = zoneAbbreviation(instant, timeZone);
	return abbreviation ? `${abbreviation}, ${offset}` : offset;
}
