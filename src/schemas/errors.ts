// What the content schemas say when a value is wrong: zod's issues in an editor's words, with the
// field's own description as help. Every schema gets editorError as its own error map from the
// zod of zod.ts; a check with words of its own gives them through says(). zod asks a schema's own
// map before the map a parse passes in, so the build (where Astro passes its own) and
// `npm run check:content` say the same things. Build time and Node.

import { z } from 'astro/zod';

/** Marks the values `npm run new-meeting` leaves for the editor; no such value may be published. */
export const placeholderMark = 'REPLACE:';

type Issue = z.core.$ZodRawIssue;
type Message = string | ((issue: Issue) => string);

/** The field's description, as help after a message: " (The city whose clock …)". */
function help(issue: Issue): string {
	const about = issue.schema && z.globalRegistry.get(issue.schema)?.description;
	return about ? ` (${about})` : '';
}

/** What a scaffolded value that was never filled in gets, whatever else is wrong with it. */
export function placeholderProblem(input: unknown, about = ''): string | undefined {
	if (typeof input !== 'string' || !input.includes(placeholderMark)) return undefined;
	return `still holds the placeholder "${input}"; write the real value in its place${about}`;
}

const placeholder = (issue: Issue) => placeholderProblem(issue.input, help(issue));

const kinds: Record<string, string> = {
	string: 'a text in quotes',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a group of fields',
};

/** A value as an editor wrote it: `the text "7"`, `the number 18`, `a list`. */
function kindOf(value: unknown): string {
	if (value === null) return 'empty (null)';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string') return `the text "${value}"`;
	if (typeof value === 'object') return 'a group of fields';
	return `${typeof value === 'number' ? 'the number' : ''} ${String(value)}`.trim();
}

/** For an unknown key: the field it is most likely a misspelling of, or the fields there are. */
export function unknownKeyMessage(key: string, known: string[]): string {
	const guess = misspeltKey(key, known);
	return guess
		? `is not a field here; did you mean "${guess}"? Correct the spelling`
		: `is not a field here; remove it, or use one of ${known.join(', ')}`;
}

/** The fields an object schema knows, for the message about a key it does not. */
export function knownKeys(schema: unknown): string[] {
	return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function generic(issue: Issue): string {
	const { input } = issue;
	switch (issue.code) {
		case 'invalid_type':
			return input === undefined
				? `is missing; add it${help(issue)}`
				: `must be ${kinds[issue.expected] ?? issue.expected}, not ${kindOf(input)}${help(issue)}`;
		case 'invalid_value':
			return `is ${kindOf(input)}; it must be one of ${issue.values.map((v) => `"${String(v)}"`).join(', ')}`;
		case 'too_small':
		case 'too_big': {
			const inclusive = issue.inclusive !== false;
			const [limit, words] =
				issue.code === 'too_small'
					? [issue.minimum, inclusive ? 'at least' : 'more than']
					: [issue.maximum, inclusive ? 'at most' : 'less than'];
			return `is ${kindOf(input)}; it must be ${words} ${String(limit)}${help(issue)}`;
		}
		case 'unrecognized_keys': {
			// One issue for all of an object's unknown keys; each is named, as Astro names only the object.
			const known = knownKeys(issue.inst);
			return issue.keys.map((key) => `"${key}" ${unknownKeyMessage(key, known)}`).join('; ');
		}
		default:
			return `is ${kindOf(input)}, which is not allowed here${help(issue)}`;
	}
}

/** The error map of every content schema without a message of its own. */
export const editorError: z.core.$ZodErrorMap = (issue) => placeholder(issue) ?? generic(issue);

/**
 * An error map with a schema's or check's own message. A placeholder, a missing value or one of
 * another kind (a number for a link) still gets editorError's words.
 */
export function says(message: Message): z.core.$ZodErrorMap {
	return (issue) =>
		placeholder(issue) ??
		(issue.code === 'invalid_type'
			? generic(issue)
			: typeof message === 'string'
				? message
				: message(issue));
}

/** The known name nearest to a misspelt one, if it is near enough to be a typo. */
export function misspeltKey(name: string, known: string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
	for (const candidate of known) {
		const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}

function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(
				previous[j]! + 1,
				current[j - 1]! + 1,
				previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
			);
		}
		previous = current;
	}
	return previous[b.length]!;
}
