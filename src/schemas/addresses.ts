// Web and e-mail addresses written by editors, read with the URL standard (the parser browsers
// use), so what is checked is what a reader's browser opens; each refusal says what looks wrong.

import { domainToUnicode } from 'node:url';

/** The address in its normalised form, or why it is refused (a sentence an editor can act on). */
export type CheckedAddress = { value: string } | { problem: string };

/** An https address such as `https://www.itu.int/`, normalised as browsers read it. */
export function checkHttpsAddress(written: string): CheckedAddress {
	const character = unsafeCharacter(written);
	if (character) return { problem: character };
	if (!/^https:\/\//i.test(written)) {
		if (/^https:/i.test(written)) {
			return {
				problem: `needs "//" after "https:"; write it as ${written.replace(/^https:\/*/i, 'https://')}`,
			};
		}
		return {
			problem: /^http:/i.test(written)
				? 'must be an https:// address: plain http:// is not encrypted, so write the https:// address of the page'
				: 'must be a full https:// address, for example https://www.itu.int/',
		};
	}
	let url: URL;
	try {
		url = new URL(written);
	} catch {
		return { problem: 'is not a web address; write it in full, for example https://www.itu.int/' };
	}
	if (url.username || url.password) {
		return {
			problem: `has a user name or password before "@" (${url.username}${url.password ? ':…' : ''}@), which can hide where the link really leads; remove that part`,
		};
	}
	const host = hostProblem(url.hostname);
	if (host) return { problem: host };
	return { value: url.href };
}

// The local part as mail providers accept it (zod's rule): no spaces, quotes or leading dot.
const localPart = /^(?!\.)(?!.*\.\.)[A-Za-z0-9_'+\-.]*[A-Za-z0-9_+-]$/;

/** An e-mail address such as `u4ssc@itu.int`; the domain may be internationalised. */
export function checkEmailAddress(written: string): CheckedAddress {
	const example = 'write it like u4ssc@itu.int';
	const at = written.lastIndexOf('@');
	if (at < 1 || /\s/.test(written)) {
		return { problem: `is not an e-mail address; ${example}` };
	}
	const local = written.slice(0, at);
	const domain = written.slice(at + 1);
	if (!localPart.test(local)) {
		return {
			problem: `has "${local}" before the @, which is not the name of a mailbox; ${example}`,
		};
	}
	if (/[/?#:@\\[\]]/.test(domain)) {
		return { problem: `has "${domain}" after the @, which is not a domain; ${example}` };
	}
	let hostname: string;
	try {
		hostname = new URL(`https://${domain}/`).hostname;
	} catch {
		return { problem: `has "${domain}" after the @, which is not a domain; ${example}` };
	}
	const host = hostProblem(hostname);
	if (host) return { problem: host };
	return { value: `${local}@${hostname}` };
}

/** The first character that must not appear unencoded in an address, as a problem. */
function unsafeCharacter(written: string): string | undefined {
	const found = /[\s"'<>\\^`{|}\p{Cc}\p{Cf}]/u.exec(written)?.[0];
	if (found === undefined) return undefined;
	const name = /\s/.test(found)
		? 'a space'
		: /[\p{Cc}\p{Cf}]/u.test(found)
			? `an invisible character (U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`
			: `the character ${found}`;
	return `has ${name} in it, which cannot stand in an address as it is; remove it, or write it encoded as ${encodeURIComponent(found)}`;
}

const asciiLabel = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** A registered domain name (not an IP address or a single name), each label in one script. */
function hostProblem(hostname: string): string | undefined {
	const labels = hostname.split('.');
	if (
		labels.length < 2 ||
		!labels.every((label) => asciiLabel.test(label)) ||
		/^\d+$/.test(labels.at(-1)!)
	) {
		return `names the host "${hostname}", which is not a domain name; use the site's name, such as www.itu.int`;
	}
	const unicode = domainToUnicode(hostname);
	if (!unicode) return `has the domain "${hostname}", which is not a valid internationalised name`;
	for (const label of unicode.split('.')) {
		const scripts = scriptsOf(label);
		if (scripts.length > 1 && !allowedMixes.some((mix) => scripts.every((s) => mix.includes(s)))) {
			return `mixes ${scripts.join(' and ')} letters in "${label}", as look-alike addresses do (a Cyrillic "і" in a Latin name); type the domain again in one alphabet`;
		}
	}
	return undefined;
}

// Scripts whose letters look like Latin ones, and the scripts of the site's readers' names.
const scriptPatterns: [string, RegExp][] = [
	['Latin', /\p{Script=Latin}/u],
	['Cyrillic', /\p{Script=Cyrillic}/u],
	['Greek', /\p{Script=Greek}/u],
	['Armenian', /\p{Script=Armenian}/u],
	['Georgian', /\p{Script=Georgian}/u],
	['Arabic', /\p{Script=Arabic}/u],
	['Hebrew', /\p{Script=Hebrew}/u],
	['Han', /\p{Script=Han}/u],
	['Hiragana', /\p{Script=Hiragana}/u],
	['Katakana', /\p{Script=Katakana}/u],
	['Hangul', /\p{Script=Hangul}/u],
	['Bopomofo', /\p{Script=Bopomofo}/u],
];

// Mixes that are normal within one name (Unicode TS 39, "highly restrictive").
const allowedMixes = [
	['Latin', 'Han', 'Hiragana', 'Katakana'],
	['Latin', 'Han', 'Bopomofo'],
	['Latin', 'Han', 'Hangul'],
];

/** The scripts of the letters in a label; digits and hyphens belong to none. */
function scriptsOf(label: string): string[] {
	const found = new Set<string>();
	for (const character of label) {
		if (!/\p{L}/u.test(character)) continue;
		found.add(scriptPatterns.find(([, pattern]) => pattern.test(character))?.[0] ?? 'other');
	}
	return [...found];
}
