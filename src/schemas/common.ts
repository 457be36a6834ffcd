// Field types shared by the content schemas, each with an error an editor can act on.

import { DateTime } from 'luxon';

import { knownZone } from '../lib/time/zone-time.ts';
import { editorError, placeholderMark, says } from './errors.ts';
import * as z from './zod.ts';

export { placeholderMark };

/** An https address; plain http and relative links are refused. */
export const httpsUrl = z
	.url({
		protocol: /^https$/,
		hostname: z.regexes.domain,
		error: says('must be a full https:// address, for example https://www.itu.int/'),
	})
	.describe('A full https:// address');

export const email = z
	.email({ error: says('must be an e-mail address, for example u4ssc@itu.int') })
	.describe('An e-mail address');

/**
 * A phone number as people write it, in international form: `+41 22 730 6301`.
 * Spaces group the digits; without them it must be a valid E.164 number (at most 15 digits).
 */
export const phoneNumber = z
	.string()
	.regex(/^\+[1-9]\d{0,3}(?: \d{1,6}){1,6}$/, {
		error: says(
			'must be an international number like "+41 22 730 6301": a +, the country code, then digit groups separated by single spaces',
		),
		abort: true,
	})
	.refine((value) => value.replace(/\D/g, '').length <= 15, {
		error: 'has more than 15 digits, which no international (E.164) number has',
	})
	.describe('International phone number, digits grouped by spaces: +41 22 730 6301');

/** A calendar date `YYYY-MM-DD` that exists (2023-02-30 does not). */
export const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, {
		error: says('must be a date written YYYY-MM-DD, for example 2023-05-02'),
		abort: true,
	})
	.refine((value) => DateTime.fromISO(value, { zone: 'UTC' }).isValid, {
		error: (issue) => `${String(issue.input)} is not a date in the calendar`,
	})
	.describe('A calendar date, YYYY-MM-DD');

/** A wall-clock date and time without offset, `YYYY-MM-DDTHH:mm`, read in the meeting's zone. */
export const localDateTime = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, {
		error: says(
			'must be a local date and time written YYYY-MM-DDTHH:mm, for example 2023-06-20T09:30',
		),
		abort: true,
	})
	.refine((value) => DateTime.fromISO(value, { zone: 'UTC' }).isValid, {
		error: (issue) => `${String(issue.input)} is not a real date and time`,
	})
	.describe('Local wall-clock date and time in the meeting’s time zone, YYYY-MM-DDTHH:mm');

/**
 * True for a time zone the platform knows by an IANA name such as `Europe/Zurich` or `UTC`,
 * spelt as Intl spells it; the same test the browser's widget and zone picker apply.
 */
export function isIanaTimeZone(value: string): boolean {
	// Intl reads names in any case; a file keeps IANA's spelling, each part capitalised.
	return knownZone(value) !== undefined && /^[A-Z][^/]*(\/[A-Z0-9][^/]*)*$/.test(value);
}

export const ianaTimeZone = z
	.string()
	.refine(isIanaTimeZone, {
		error: says((issue) => {
			const known = knownZone(issue.input);
			return known
				? `"${String(issue.input)}" must be written as the zone's name is spelt: "${known}"`
				: `"${String(issue.input)}" is not an IANA time zone: write a zone name such as "Europe/Zurich" (for Geneva), not an abbreviation like CEST`;
		}),
	})
	.describe(
		'IANA time zone name, for example Europe/Zurich; abbreviations such as CEST are derived',
	);

/** A BCP 47 language tag such as `en` or `fr`. */
export const languageTag = z
	.string()
	.refine(
		(value) => {
			try {
				return (
					Intl.getCanonicalLocales(value)[0] === value &&
					/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/.test(value)
				);
			} catch {
				return false;
			}
		},
		{
			error: says(
				(issue) => `"${String(issue.input)}" is not a language code such as "en" or "ru"`,
			),
		},
	)
	.describe('BCP 47 language code, for example en');

/** A lower-case identifier used in file names and URLs: `u4ssc`, `un-habitat`. */
export const slug = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: says(
			'must use only lower-case letters, digits and single hyphens, for example "un-habitat"',
		),
	})
	.describe('Identifier of lower-case letters, digits and hyphens');

/** Text that must not be blank, nor a placeholder left by the scaffold (editorError says so). */
export const text = z
	.string()
	.trim()
	.min(1, { error: 'must not be empty' })
	.refine((value) => !value.includes(placeholderMark), { error: editorError });
