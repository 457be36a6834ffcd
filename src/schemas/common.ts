// Field types shared by the content schemas, each with an error an editor can act on.

import { DateTime } from 'luxon';

import { checkEmailAddress, checkHttpsAddress, type CheckedAddress } from './addresses.ts';
import { knownZone } from '../lib/time/zone-time.ts';
import { editorError, placeholderMark, placeholderProblem, says } from './errors.ts';
import * as z from './zod.ts';

export { placeholderMark };

/**
 * A zod schema for an address checked by `check`, which stores its normalised form: the URL
 * standard's for links, the ASCII (punycode) domain for e-mail. A scaffold's placeholder gets the
 * placeholder's message, as every other field does.
 */
const address = (check: (written: string) => CheckedAddress) =>
	z.string().transform((written, ctx) => {
		const checked = check(written);
		if ('value' in checked && !written.includes(placeholderMark)) return checked.value;
		ctx.addIssue({
			code: 'custom',
			input: written,
			message:
				placeholderProblem(written) ??
				`"${written}" ${'problem' in checked ? checked.problem : ''}`,
		});
		return z.NEVER;
	});

/** An https address, internationalised domains included; http, user:password and look-alikes are refused. */
export const httpsUrl = address(checkHttpsAddress)
	.meta({ format: 'iri', pattern: '^https://' })
	.describe('A full https:// address');

export const email = address(checkEmailAddress)
	.meta({ format: 'idn-email' })
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
	.refine((value) => !value.endsWith('T24:00'), {
		// Luxon reads 24:00 as the next day's 00:00; say so rather than let it pass or fail oddly.
		error: (issue) => {
			const value = String(issue.input);
			const next = DateTime.fromISO(value.slice(0, 10), { zone: 'UTC' }).plus({ days: 1 });
			const day = next.isValid ? `${next.toISODate()}T00:00` : 'the next day at 00:00';
			return `${value}: a day's clock ends at 23:59; for midnight at the end of that day write ${day}`;
		},
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

/**
 * Why a zone the platform knows cannot be a meeting's zone, if it cannot: in `Etc/GMT+2` and its
 * kin the sign is inverted (it is UTC−2), so an editor who means Geneva in summer gets times four
 * hours off. The browser still shows a visitor in such a zone; only content is held to cities.
 */
export function meetingZoneProblem(zone: string): string | undefined {
	if (!zone.startsWith('Etc/') || zone === 'Etc/UTC') return undefined;
	return `"${zone}" is not allowed: Etc/ names invert the sign (Etc/GMT+2 is two hours behind UTC), so times would be shown hours off; write the zone of the city, such as "Europe/Zurich" for Geneva, or "UTC"`;
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
		abort: true,
	})
	.refine((zone) => meetingZoneProblem(zone) === undefined, {
		error: (issue) => meetingZoneProblem(String(issue.input)),
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

// Characters that draw nothing: controls, zero-width and other format characters, and spaces.
const invisible = /[\p{Cc}\p{Cf}\p{Z}\u115F\u1160\u3164\uFFA0]|\u034F/gu;
// Controls that reorder or hide text: the bidirectional overrides make a title read differently
// from what it holds ("Trojan Source"), and C0/C1 controls have no place in a line of text.
const deceptive = /(?![\t\n\r])\p{Cc}|[\u202A-\u202E\u2066-\u2069]/u;

const codePoint = (character: string) =>
	`U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Text that must not be blank or invisible, nor a placeholder left by the scaffold (editorError says so). */
export const text = z
	.string()
	.trim()
	.min(1, { error: 'must not be empty' })
	.refine((value) => /[\p{L}\p{N}]/u.test(value.replace(invisible, '')), {
		error: (issue) => {
			const hidden = [...new Set(String(issue.input).match(invisible) ?? [])].map(codePoint);
			return `has no visible letter or digit${hidden.length ? ` (only the invisible characters ${hidden.join(', ')})` : ''}; write the text`;
		},
		abort: true,
	})
	.refine((value) => !deceptive.test(value), {
		error: (issue) =>
			`holds the invisible control character ${codePoint(deceptive.exec(String(issue.input))![0])}, which can reorder or hide what readers see; delete it`,
	})
	.refine((value) => !value.includes(placeholderMark), { error: editorError });
