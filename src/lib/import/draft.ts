// Turns what was read from a circular into the meeting's files: meeting.json and the language
// file of the circular's language, built on the scaffold's templates so every value the circular
// does not give keeps the scaffold's `REPLACE:` marker, and the other language's file as a
// skeleton of the same shape whose placeholders quote the words to translate.

import { createHash } from 'node:crypto';

import yaml from 'js-yaml';

import type { Locale } from '../../i18n/locales.ts';
import { placeholderMark } from '../../schemas/common.ts';
import { factsTemplate, placeholderWords, textTemplate } from '../content/scaffold.ts';
import type { Reading } from './extract.ts';
import { knownOrganizations } from './organizations.ts';
import { translatePlace } from './places.ts';

const R = placeholderMark;
type Json = Record<string, unknown>;

export const languageNames: Record<Locale, { en: string; ru: string }> = {
	en: { en: 'English', ru: 'английском' },
	ru: { en: 'Russian', ru: 'русском' },
};

/** Sets `value` at a dotted path, making objects and arrays on the way ("organizers.0.id"). */
export function setPath(target: Json, path: string, value: unknown) {
	const keys = path.split('.');
	let node = target as Record<string, unknown>;
	keys.slice(0, -1).forEach((key, i) => {
		const nextIsIndex = /^\d+$/.test(keys[i + 1]!);
		if (node[key] === undefined || typeof node[key] !== 'object') node[key] = nextIsIndex ? [] : {};
		node = node[key] as Record<string, unknown>;
	});
	node[keys.at(-1)!] = value;
}

export function getPath(target: unknown, path: string): unknown {
	let node = target;
	for (const key of path.split('.')) {
		if (node === null || typeof node !== 'object') return undefined;
		node = (node as Record<string, unknown>)[key];
	}
	return node;
}

/** meeting.json: the scaffold's template with what the circular gives. */
export function draftFacts(reading: Reading, schemaPath: string): Json {
	const facts = JSON.parse(factsTemplate(schemaPath)) as Json;
	const [organizerTemplate] = facts['organizers'] as Json[];
	const organizerCount = new Set(
		reading.facts
			.filter((f) => f.field.startsWith('organizers.'))
			.map((f) => f.field.split('.')[1]),
	).size;
	facts['organizers'] = Array.from({ length: Math.max(1, organizerCount) }, (_, i) => ({
		...organizerTemplate,
		role: i === 0 ? 'organizer' : 'co-organizer',
	}));
	if (!reading.hasInitiative) delete facts['initiative'];
	const contacts = facts['contacts'] as Json;
	delete contacts['phone'];
	for (const fact of reading.facts) setPath(facts, fact.field, fact.value);
	for (const [field, hint] of Object.entries(reading.hints)) {
		if (getPath(facts, field) === undefined || String(getPath(facts, field)).startsWith(R)) {
			setPath(facts, field, `${R} ${hint}`);
		}
	}
	return ordered(facts);
}

/** Keys in the order of the schema, key deadlines after the schedule they belong with. */
function ordered(facts: Json): Json {
	const result: Json = {};
	for (const [key, value] of Object.entries(facts)) {
		if (key === 'keyDeadlines') continue;
		result[key] = value;
		if (key === 'schedule' && facts['keyDeadlines']) result['keyDeadlines'] = facts['keyDeadlines'];
	}
	return result;
}

/** The organiser keys of meeting.json, in order; a placeholder where the key is unknown. */
function organizerKeys(facts: Json): string[] {
	return (facts['organizers'] as Json[]).map((o, i) =>
		String(o['id']).startsWith(R) ? `organizer-${i + 1}` : String(o['id']),
	);
}

/** The circular's language file: the scaffold's template with what the circular says. */
export function draftText(reading: Reading, facts: Json): { front: Json; body: string } {
	const lang = reading.language;
	const w = placeholderWords[lang];
	const template = templateFront(lang);
	const front: Json = { ...template };
	const given = (field: string) => reading.text.find((f) => f.field === field)?.value;
	for (const field of ['title', 'shortTitle', 'timeZonePlace']) {
		const value = given(field);
		if (value !== undefined) front[field] = value;
	}
	const circular = { ...(template['circular'] as Json) };
	for (const field of ['reference', 'place', 'addressees', 'copiesTo']) {
		const value = given(`circular.${field}`);
		if (value !== undefined) circular[field] = value;
	}
	front['circular'] = circular;
	front['organizers'] = Object.fromEntries(
		organizerKeys(facts).map((key, index) => {
			const textKey = reading.text.some((f) => f.field.startsWith(`organizers.${key}.`))
				? key
				: `organizer-${index + 1}`;
			const name =
				given(`organizers.${textKey}.name`) ??
				`${R} ${reading.textHints[`organizers.${textKey}.name`] ?? w.organizer}`;
			const abbreviation = given(`organizers.${textKey}.abbreviation`);
			return [key, { name, ...(abbreviation !== undefined && { abbreviation }) }];
		}),
	);
	if (reading.hasInitiative) {
		const initiative = template['initiative'] as Json;
		front['initiative'] = {
			name: given('initiative.name') ?? initiative['name'],
			...(given('initiative.abbreviation') !== undefined && {
				abbreviation: given('initiative.abbreviation'),
			}),
			goal: given('initiative.goal') ?? initiative['goal'],
		};
	} else {
		delete front['initiative'];
	}
	if (facts['format'] !== 'virtual') {
		front['venue'] = {
			name: given('venue.name') ?? `${R} ${reading.textHints['venue.name'] ?? w.venueName}`,
			address:
				given('venue.address') ?? `${R} ${reading.textHints['venue.address'] ?? w.venueAddress}`,
		};
	}
	const objectives = given('objectives');
	if (objectives) front['objectives'] = objectives;
	const eligibility = given('eligibility');
	if (eligibility) front['eligibility'] = eligibility;
	const deadlines = (facts['keyDeadlines'] as Json[] | undefined) ?? [];
	if (deadlines.length > 0) {
		front['keyDeadlines'] = Object.fromEntries(
			deadlines.map((d) => [String(d['id']), given(`keyDeadlines.${String(d['id'])}`)]),
		);
	}
	for (const [field, hint] of Object.entries(reading.textHints)) {
		if (getPath(front, field) === undefined) setPath(front, field, `${R} ${hint}`);
	}
	const intro =
		lang === 'ru'
			? `${R} сократите эти абзацы циркуляра до нескольких абзацев о встрече; даты, ссылки и цели страница показывает из полей выше.`
			: `${R} shorten these paragraphs of the circular into a few about the meeting; the page shows the dates, links and objectives from the fields above.`;
	const body = [intro, ...reading.paragraphs.map(escapeMdx)].join('\n\n');
	return { front: orderedText(front), body };
}

/** The scaffold's language file front matter, as data. */
function templateFront(lang: Locale): Json {
	const source = textTemplate(lang);
	return yaml.load(/^---\n([\s\S]*?)\n---/.exec(source)![1]!) as Json;
}

const textOrder = [
	'title',
	'shortTitle',
	'description',
	'timeZonePlace',
	'circular',
	'organizers',
	'initiative',
	'venue',
	'programme',
	'objectives',
	'eligibility',
	'keyDeadlines',
];

function orderedText(front: Json): Json {
	return Object.fromEntries(
		Object.entries(front).sort(([a], [b]) => textOrder.indexOf(a) - textOrder.indexOf(b)),
	);
}

/** In MDX text `<` and `{` open tags and expressions; the circular means the characters. */
function escapeMdx(text: string): string {
	return text.replace(/</g, '&lt;').replace(/\{/g, '\\{');
}

const skeletonWords = {
	en: { from: 'the Russian circular has' },
	ru: { from: 'в английском циркуляре' },
} as const;

/**
 * The other language's file: the same fields and the same number of items, each a placeholder that
 * quotes the circular's words to translate; names the site knows in both languages filled in.
 */
export function draftSkeleton(
	lang: Locale,
	source: { front: Json },
): { front: Json; body: string } {
	const w = placeholderWords[lang];
	const from = skeletonWords[lang].from;
	const ask = (hint: string, original: unknown) =>
		typeof original === 'string' && !original.startsWith(R)
			? `${R} ${hint}; ${from}: ${original}`
			: `${R} ${hint}`;
	const s = source.front;
	const circular = s['circular'] as Json;
	const organizers = s['organizers'] as Record<string, Json>;
	const front: Json = {
		title: ask(w.title, s['title']),
		shortTitle:
			translateShortTitle(String(s['shortTitle']), lang) ?? ask(w.shortTitle, s['shortTitle']),
		description: `${R} ${w.description}`,
		timeZonePlace:
			translatePlace(String(s['timeZonePlace']), lang) ?? ask(w.timeZonePlace, s['timeZonePlace']),
		circular: {
			reference:
				translateReference(String(circular['reference']), lang) ??
				ask(w.reference, circular['reference']),
			place: translatePlace(String(circular['place']), lang) ?? ask(w.place, circular['place']),
			addressees: (circular['addressees'] as string[]).map((item) => ask(w.addressee, item)),
			copiesTo: (circular['copiesTo'] as string[]).map((item) => ask(w.copy, item)),
		},
		organizers: Object.fromEntries(
			Object.entries(organizers).map(([key, org]) => {
				const known = knownOrganizations.find((k) => k.id === key);
				return [
					key,
					known
						? { ...known.names[lang] }
						: {
								name: ask(w.organizer, org['name']),
								...(org['abbreviation'] !== undefined && {
									abbreviation: sameInBoth(org['abbreviation'])
										? org['abbreviation']
										: ask(w.organizer, org['abbreviation']),
								}),
							},
				];
			}),
		),
	};
	const initiative = s['initiative'] as Json | undefined;
	if (initiative) {
		const abbreviation = initiative['abbreviation'];
		front['initiative'] = {
			name: ask(w.initiative, initiative['name']),
			...(abbreviation !== undefined && {
				abbreviation: sameInBoth(abbreviation) ? abbreviation : ask(w.initiative, abbreviation),
			}),
			goal: ask(w.goal, initiative['goal']),
		};
	}
	const venue = s['venue'] as Json | undefined;
	if (venue)
		front['venue'] = {
			name: ask(w.venueName, venue['name']),
			address: ask(w.venueAddress, venue['address']),
		};
	front['objectives'] = (s['objectives'] as string[]).map((item) => ask(w.objective, item));
	front['eligibility'] = (s['eligibility'] as string[]).map((item) => ask(w.eligibility, item));
	const deadlines = s['keyDeadlines'] as Record<string, string> | undefined;
	if (deadlines) {
		front['keyDeadlines'] = Object.fromEntries(
			Object.entries(deadlines).map(([id, what]) => [id, ask(w.deadline, what)]),
		);
	}
	return { front, body: `${R} ${w.body}` };
}

/** A Latin abbreviation (U4SSC, AEMET) is written the same in both languages. */
function sameInBoth(abbreviation: unknown): boolean {
	return typeof abbreviation === 'string' && /^[A-Z][A-Za-z0-9-]+$/.test(abbreviation);
}

const russianNeuterOrdinals = [
	'',
	'Первое',
	'Второе',
	'Третье',
	'Четвёртое',
	'Пятое',
	'Шестое',
	'Седьмое',
	'Восьмое',
	'Девятое',
	'Десятое',
	'Одиннадцатое',
	'Двенадцатое',
	'Тринадцатое',
	'Четырнадцатое',
	'Пятнадцатое',
	'Шестнадцатое',
	'Семнадцатое',
	'Восемнадцатое',
	'Девятнадцатое',
	'Двадцатое',
];

/** "7th U4SSC meeting" ↔ «Седьмое собрание U4SSC»; other kinds of meeting are left to the editor. */
function translateShortTitle(short: string, to: Locale): string | undefined {
	if (to === 'ru') {
		const m = /^(\d{1,2})(?:st|nd|rd|th) (\S+) meeting$/.exec(short);
		const word = m && russianNeuterOrdinals[Number(m[1])];
		return word ? `${word} собрание ${m[2]}` : undefined;
	}
	const m = /^(\S+) собрание (\S+)$/u.exec(short);
	const fold = (word: string) => word.toLowerCase().replaceAll('ё', 'е');
	const n = m ? russianNeuterOrdinals.findIndex((w) => fold(w) === fold(m[1]!)) : -1;
	if (n <= 0) return undefined;
	const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
	return `${n}${suffix} ${m![2]} meeting`;
}

/** "TSB Circular 92" ↔ «Циркуляр 92 БСЭ»: how ITU names its circulars in each language. */
function translateReference(reference: string, to: Locale): string | undefined {
	if (to === 'ru') {
		const m = /^TSB Circular (\d+)$/.exec(reference);
		return m ? `Циркуляр ${m[1]} БСЭ` : undefined;
	}
	const m = /^Циркуляр (\d+) БСЭ$/u.exec(reference);
	return m ? `TSB Circular ${m[1]}` : undefined;
}

/** A language file: the front matter as YAML between `---` lines, then the text. */
export function renderText(front: Json, body: string, comment?: string): string {
	const yamlText = yaml.dump(front, { lineWidth: 100, noRefs: true });
	return `---\n${comment ? `# ${comment}\n` : ''}${yamlText}---\n\n${body}\n`;
}

const skeletonNote = 'Skeleton written by npm run import';

/** A skeleton carries a hash of itself, so a later import can tell whether anyone edited it. */
export function renderSkeleton(front: Json, body: string, lang: Locale, slug: string): string {
	const content = renderText(front, body);
	const hash = skeletonHash(content);
	return content.replace(
		/^---\n/,
		`---\n# ${skeletonNote} (${hash}). The ${languageNames[lang].en} circular fills it: npm run import -- <file> --slug ${slug}\n`,
	);
}

function skeletonHash(content: string): string {
	return createHash('sha256').update(content).digest('hex').slice(0, 16);
}

/** True for a skeleton exactly as the import wrote it; false once anyone has changed it. */
export function isUntouchedSkeleton(source: string): boolean {
	const m = new RegExp(`^---\\n# ${skeletonNote} \\(([0-9a-f]{16})\\)[^\\n]*\\n`).exec(source);
	return !!m && skeletonHash(source.replace(m[0], '---\n')) === m[1];
}

/** Every value of the files still holding the marker, as dotted paths (objectives.0). */
export function placeholdersIn(value: unknown, path = ''): string[] {
	if (typeof value === 'string') return value.includes(R) ? [path] : [];
	if (Array.isArray(value))
		return value.flatMap((item, i) => placeholdersIn(item, path ? `${path}.${i}` : String(i)));
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([key, item]) =>
			placeholdersIn(item, path ? `${path}.${key}` : key),
		);
	}
	return [];
}
