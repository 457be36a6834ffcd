// Reads the facts of a meeting out of the parts of its letter. Each fact keeps the line it came
// from, so the editor can check it against the circular; a fact the letter does not give is left
// out, with a hint saying what to look for when there is more to say than the scaffold's.

import type { Locale } from '../../i18n/locales.ts';
import {
	findDates,
	findTime,
	findZoneMention,
	formatOffset,
	offsetAt,
	type DateSpan,
} from './dates.ts';
import { clean, sentences, type Letter, type Located } from './letter.ts';
import { cardinal, cardinalPattern, ordinal, ordinalPattern } from './numbers.ts';
import { knownAbbreviations, organizationByAbbreviation } from './organizations.ts';
import { findPlaces, type PlaceMatch } from './places.ts';
import { ImportError, type SourceLine } from './source.ts';

/** One value the draft takes from the circular (or, with `via`, from the project's own data). */
export interface Fact {
	/** Where it goes: a dotted path in meeting.json, or in the language file's front matter. */
	field: string;
	value: unknown;
	line?: SourceLine;
	/** The sentence or clause of that line that says it, when narrower than the line. */
	words?: string;
	/** Where it came from when not from a line: "the list of organisations". */
	via?: string;
}

/** A line, or the sentence of a line, that a fact comes from. */
type From = SourceLine | Located;

export interface Reading {
	language: Locale;
	/** Facts for meeting.json. */
	facts: Fact[];
	/** Facts for the language file's front matter. */
	text: Fact[];
	/** Placeholder hints for meeting.json fields left out, where the circular says something. */
	hints: Record<string, string>;
	/** The same for the language file. */
	textHints: Record<string, string>;
	/** The letter's numbered paragraphs, for the draft's text below the front matter. */
	paragraphs: string[];
	/** Whether the letter names an initiative (an optional part of meeting.json). */
	hasInitiative: boolean;
}

const eventNouns = {
	en: [
		'meeting',
		'workshop',
		'forum',
		'symposium',
		'conference',
		'summit',
		'seminar',
		'session',
		'assembly',
	],
	ru: [
		'собрание',
		'собрания',
		'совещание',
		'семинар-практикум',
		'семинар',
		'форум',
		'симпозиум',
		'конференция',
		'конференции',
		'саммит',
		'сессия',
		'ассамблея',
	],
} as const;

/** Straight quotes as the language prints them: «…„…“…» in Russian, “…‘…’…” in English. */
export function typographicQuotes(text: string, lang: Locale): string {
	const [outerOpen, outerClose, innerOpen, innerClose] =
		lang === 'ru' ? ['«', '»', '„', '“'] : ['“', '”', '‘', '’'];
	let depth = 0;
	return text.replace(/"/g, (_, offset: number) => {
		const before = offset === 0 ? ' ' : text[offset - 1]!;
		const opening = /[\s([«“„-]/u.test(before);
		if (opening) {
			depth += 1;
			return depth === 1 ? outerOpen : innerOpen;
		}
		depth = Math.max(0, depth - 1);
		return depth === 0 ? outerClose : innerClose;
	});
}

function capitalise(text: string): string {
	return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** A list item as the page shows it: capitalised, without the ";" or "." that joined the list. */
function listItem(text: string): string {
	return capitalise(
		clean(text)
			.replace(/[;,.]+$/u, '')
			.replace(/\s+(?:and|и)$/u, '')
			.trim(),
	);
}

export function readMeeting(letter: Letter): Reading {
	const lang = letter.language;
	const facts: Fact[] = [];
	const text: Fact[] = [];
	const hints: Record<string, string> = {};
	const textHints: Record<string, string> = {};
	const fact: Add = (field, value, from, via) => facts.push({ field, value, ...origin(from, via) });
	const textFact: Add = (field, value, from, via) =>
		text.push({ field, value, ...origin(from, via) });

	const body = letter.paragraphs.flatMap((paragraph) => sentences(paragraph.parts));
	const subject = letter.subject.map((part) => part.text).join(' ');
	const subjectLine = letter.subject[0]?.line;

	// The circular: "Ref: TSB Circular 92", "Geneva, 2 May 2023".
	let circularDate: string | undefined;
	if (letter.placeAndDate) {
		const [date] = findDates(letter.placeAndDate.text);
		const place = letter.placeAndDate.text.split(',')[0]!.trim();
		if (date) {
			circularDate = date.start;
			fact('circular.date', date.start, letter.placeAndDate.line);
		}
		textFact('circular.place', place, letter.placeAndDate.line);
	}
	if (letter.reference) {
		const number = /(?:Circular|Циркуляр|letter|письмо)\D{0,3}(\d+)/iu.exec(letter.reference.text);
		if (number) fact('circular.number', Number(number[1]), letter.reference.line);
		textFact('circular.reference', letter.reference.text, letter.reference.line);
	}

	// The title is the subject without its trailing place, format and dates.
	const titleText = subjectTitle(subject, circularDate);
	if (titleText) textFact('title', typographicQuotes(titleText, lang), subjectLine);

	// Which meeting of which series: «Седьмое собрание … (U4SSC)», "Third meeting of … (FG-DT4C)".
	const nouns = eventNouns[lang].join('|');
	const ordinalMatch = new RegExp(
		lang === 'ru'
			? String.raw`(?<![\p{L}])(${ordinalPattern.ru})\s+(${nouns})(?![\p{L}])`
			: String.raw`\b(${ordinalPattern.en})\s+(${nouns})\b`,
		'iu',
	).exec(titleText ?? '');
	const seriesNumber = ordinalMatch ? ordinal[lang](ordinalMatch[1]!) : undefined;
	if (seriesNumber) fact('series.number', seriesNumber, subjectLine);
	else
		hints['series.number'] = 'which meeting of the series, e.g. 8; the subject does not number it';
	const abbreviation = [...(titleText ?? '').matchAll(/\(([A-Za-z][A-Za-z0-9-]{1,15})\)/g)].at(
		-1,
	)?.[1];
	if (abbreviation) fact('series.id', abbreviation.toLowerCase(), subjectLine);
	if (seriesNumber && abbreviation && ordinalMatch) {
		const noun = ordinalMatch[2]!.toLowerCase();
		const short =
			lang === 'ru'
				? `${capitalise(ordinalMatch[1]!.toLowerCase())} ${noun} ${abbreviation}`
				: `${seriesNumber}${englishSuffix(seriesNumber)} ${abbreviation} ${noun}`;
		textFact('shortTitle', short, subjectLine);
	}

	// Organisers: the abbreviations named before the verb of the first sentence that organises.
	readOrganizers(letter, body, lang, fact, textFact, textHints);

	// The initiative: «в рамках инициативы "…" (U4SSC)», "the … initiative (U4SSC)".
	let hasInitiative = false;
	for (const sentence of [...letter.subject, ...body]) {
		const named =
			lang === 'ru'
				? (/инициатив\p{L}*\s+"(.+)"\s*\(([^)]+)\)/u.exec(sentence.text) ??
					/инициатив\p{L}*\s+«(.+)»\s*\(([^)]+)\)/u.exec(sentence.text))
				: (/(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s+)(?:(?:for|of|and|the|on|in)\s+|\p{Lu}[\p{L}-]*\s+)*?)initiative\s*\(([^)]+)\)/u.exec(
						sentence.text,
					) ?? /initiative\s+[“"](.+)[”"]\s*\(([^)]+)\)/u.exec(sentence.text));
		if (named) {
			hasInitiative = true;
			textFact('initiative.name', typographicQuotes(named[1]!.trim(), lang), sentence);
			textFact('initiative.abbreviation', named[2]!.trim(), sentence);
			break;
		}
	}
	for (const sentence of body) {
		const s = sentence.text;
		if (
			!hasInitiative &&
			/\binitiative\b|инициатив/iu.test(s) &&
			!/(?:the|this|эт\p{L}+)\s+initiative/iu.test(s)
		)
			continue;
		const agencies = new RegExp(
			lang === 'ru'
				? String.raw`(${cardinalPattern.ru})\s+(?:учреждени\p{L}*|организаци\p{L}*)(?:\s+и\s+программ\p{L}*)?\s+(?:ООН|Организации Объединенных Наций)`
				: String.raw`\b(${cardinalPattern.en})\s+(?:United Nations|UN)\s+agencies`,
			'iu',
		).exec(s);
		if (agencies && /инициатив|initiative/iu.test(s)) {
			const count = cardinal[lang](agencies[1]!);
			if (count) {
				hasInitiative = true;
				fact('initiative.unAgencies', count, sentence);
			}
		}
		const goal = (
			lang === 'ru'
				? /Цел[ьиеяю]\s+(\d{1,2})\s+в\s+области\s+устойчивого\s+развития(?::\s*["«](.+?)["»]?(?:\.|$))?/u
				: /Sustainable Development Goal\s+(\d{1,2})(?::?\s*[“"](.+?)[”"]?(?:\.|$))?/u
		).exec(s);
		if (goal) {
			hasInitiative = true;
			fact('initiative.sdg', Number(goal[1]), sentence);
			if (goal[2])
				textFact(
					'initiative.goal',
					typographicQuotes(goal[2].replace(/["»”]+$/u, ''), lang),
					sentence.line,
				);
		}
	}

	// Format, from the wording; "register online" says nothing about the meeting.
	const all = [...letter.subject, ...body].filter((s) => !/regist|регистрац/iu.test(s.text));
	const hybrid = /hybrid|гибридн|смешанн/iu;
	const virtual =
		/\bvirtual(?:ly)?\b|\b(?:fully|held|take place|entirely) (?:online|remotely)\b|виртуальн|онлайнов\p{L}* формат|в режиме онлайн/iu;
	const inPerson =
		/in person|in-person|physical(?:ly)?|очн\p{L}* формат|(?<![\p{L}])очно(?![\p{L}])/iu;
	const formatSource =
		all.find((s) => hybrid.test(s.text)) ??
		all.find((s) => virtual.test(s.text)) ??
		all.find((s) => inPerson.test(s.text));
	if (formatSource) {
		const wording = formatSource.text;
		const format = hybrid.test(wording)
			? 'hybrid'
			: virtual.test(wording)
				? 'virtual'
				: 'in-person';
		fact('format', format, formatSource);
	}

	// When: the meeting's days, then its hours, then the clock they follow.
	const span = meetingDays(letter, body, circularDate);
	// The opening time, not the time registration or badges begin: read clause by clause.
	const clauses = body.flatMap((s) =>
		s.text.split(/,\s+(?:and|while|but|и|а|но)\s+|;\s*/u).map((text) => ({ text, line: s.line })),
	);
	const timeSentence = clauses.find(
		(s) =>
			findTime(s.text) &&
			!/regist|регистрац|deadline|no later than|не позднее|badge|пропуск/iu.test(s.text),
	);
	const time = timeSentence ? findTime(timeSentence.text) : undefined;
	const where = readPlace(letter, body, lang);
	if (span) {
		if (time) {
			fact('schedule.start', `${span.days.start}T${time.start}`, timeSentence!);
			if (time.end) fact('schedule.end', `${span.days.end}T${time.end}`, timeSentence!);
			else
				hints['schedule.end'] =
					`local end on ${span.days.end}, YYYY-MM-DDTHH:mm; the circular gives only the opening time (${time.start}, line ${timeSentence!.line.number})`;
		} else {
			hints['schedule.start'] =
				`local start on ${span.days.start}, YYYY-MM-DDTHH:mm; the circular gives no time (line ${span.line.number})`;
			hints['schedule.end'] =
				`local end on ${span.days.end}, YYYY-MM-DDTHH:mm; the circular gives no time`;
		}
	}
	const mention =
		(timeSentence && findZoneMention(timeSentence.text)) ??
		body.map((s) => findZoneMention(s.text)).find(Boolean);
	const mentionLine =
		timeSentence && findZoneMention(timeSentence.text)
			? timeSentence.line
			: body.find((s) => findZoneMention(s.text))?.line;
	const start =
		span && time
			? `${span.days.start}T${time.start}`
			: span
				? `${span.days.start}T12:00`
				: undefined;
	readZone(
		{ fact, hints, textFact, textHints },
		{ mention, mentionLine, where, start, letter, lang },
	);

	// Languages, cost and registration.
	readLanguages(body, fact);
	const free = body.find((s) =>
		/free of charge|no (?:registration |participation )?fee|бесплатн|без взимания платы/iu.test(
			s.text,
		),
	);
	const paid = body.find((s) => /(?:registration|participation) fee of|взнос/iu.test(s.text));
	if (free) fact('participation.free', true, free);
	else if (paid) fact('participation.free', false, paid);
	const notRequired = body.find((s) =>
		/registration is not (?:required|mandatory)|регистрация не (?:требуется|обязательна)/iu.test(
			s.text,
		),
	);
	const required = body.find((s) =>
		/registration[^.]*\b(?:mandatory|required|compulsory|obligatory)\b|(?:must|required to) register|регистрац\p{L}*[^.]*обязательн|необходимо зарегистрироваться/iu.test(
			s.text,
		),
	);
	if (notRequired) fact('participation.registrationRequired', false, notRequired);
	else if (required) fact('participation.registrationRequired', true, required);

	readLinks(body, fact, hasInitiative);
	const format = facts.find((f) => f.field === 'format')?.value;
	if (format !== 'virtual') readVenue(body, lang, textFact, textHints);

	// Contacts from the header.
	if (letter.contacts.email)
		fact('contacts.email', letter.contacts.email.text, letter.contacts.email.line);
	for (const kind of ['phone', 'fax'] as const) {
		const found = letter.contacts[kind];
		if (!found) continue;
		const number = phoneNumber(found.text);
		if (number) fact(`contacts.${kind}`, number, found.line);
	}

	// Lists of the language file.
	if (letter.addressees.length > 0) {
		textFact(
			'circular.addressees',
			letter.addressees.map((item) => listItem(item.text)),
			letter.addressees[0]!.line,
		);
	}
	textFact(
		'circular.copiesTo',
		letter.copies.map((item) => listItem(item.text)),
		letter.copies[0]?.line,
	);
	const objectives = letter.paragraphs.find(
		(paragraph) =>
			paragraph.bullets.length > 0 &&
			/objective|aims?\b|purpose|задач|цел[иья]/iu.test(
				paragraph.parts.map((p) => p.text).join(' '),
			),
	);
	if (objectives)
		textFact(
			'objectives',
			objectives.bullets.map((b) => listItem(b.text)),
			objectives.bullets[0]!.line,
		);
	readEligibility(body, lang, textFact);
	readDeadlines(letter, circularDate, fact, textFact);

	const paragraphs = letter.paragraphs.map((paragraph) =>
		paragraph.parts.map((part) => part.text).join(' '),
	);
	return { language: lang, facts, text, hints, textHints, paragraphs, hasInitiative };
}

function englishSuffix(n: number): string {
	if (n % 100 >= 11 && n % 100 <= 13) return 'th';
	return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** The subject without what follows the title: "(virtual, 20 June 2023)", "; Geneva, 26 February…". */
function subjectTitle(subject: string, circularDate: string | undefined): string | undefined {
	if (!subject) return undefined;
	const [date] = findDates(subject, circularDate);
	let title = subject;
	if (date) {
		const before = subject.slice(0, date.index);
		const open = before.lastIndexOf('(');
		const cut =
			open > before.lastIndexOf(')')
				? open
				: before.lastIndexOf(';') >= 0
					? before.lastIndexOf(';')
					: before.lastIndexOf(',');
		title = subject.slice(0, cut > 0 ? cut : date.index);
	}
	// "…, hybrid, Madrid, Spain" or «…; Женева» before the dates are the format and place.
	const trailing =
		/^(?:hybrid|virtual|in person|online|гибридный формат|виртуальный формат|очный формат)$/iu;
	for (;;) {
		const at = Math.max(title.lastIndexOf(','), title.lastIndexOf(';'));
		if (at < 0) break;
		const segment = title.slice(at + 1).trim();
		const place = findPlaces(segment)[0];
		if (!trailing.test(segment) && !(place && place.text === segment)) break;
		title = title.slice(0, at);
	}
	title = title.replace(/[\s,;:–-]+$/u, '').trim();
	return title || undefined;
}

type Add = (field: string, value: unknown, from?: From, via?: string) => void;

function origin(from: From | undefined, via: string | undefined): Omit<Fact, 'field' | 'value'> {
	if (!from) return via ? { via } : {};
	return 'line' in from ? { line: from.line, words: from.text } : { line: from };
}

function readOrganizers(
	letter: Letter,
	body: Located[],
	lang: Locale,
	fact: Add,
	textFact: Add,
	textHints: Record<string, string>,
) {
	const verb =
		lang === 'ru'
			? /(?<![\p{L}])(?:организу\p{L}*|проводит|проводят|созывает|проведет|проведут)(?![\p{L}])/u
			: /\b(?:is|are|will be)\s+(?:organizing|organising|holding|hosting|convening|co-organizing)\b|\b(?:organizes|organises|will hold|will organize|hosts)\b/u;
	const sentence = body.find((s) => verb.test(s.text));
	const clause = sentence ? sentence.text.slice(0, verb.exec(sentence.text)!.index) : '';
	const found: { abbreviation: string; index: number; fullName?: string | undefined }[] = [];
	for (const m of clause.matchAll(/\(([^()]{2,20})\)/gu)) {
		found.push({
			abbreviation: m[1]!.trim(),
			index: m.index,
			fullName: nameBefore(clause.slice(0, m.index), lang),
		});
	}
	for (const abbreviation of knownAbbreviations) {
		for (const m of clause.matchAll(
			new RegExp(
				String.raw`(?<![\p{L}(-])${abbreviation.replace(/[-\s]/g, '[-\\s]')}(?![\p{L})-])`,
				'gu',
			),
		)) {
			if (
				!found.some(
					(f) =>
						Math.abs(f.index - m.index) <= abbreviation.length + 2 ||
						(m.index >= f.index && m.index < f.index + f.abbreviation.length + 2),
				)
			) {
				found.push({ abbreviation, index: m.index });
			}
		}
	}
	found.sort((a, b) => a.index - b.index);
	const organizers = found.filter(
		(f, i) => found.findIndex((g) => g.abbreviation === f.abbreviation) === i,
	);
	if (organizers.length === 0 && /TSB|БСЭ|ITU|МСЭ/u.test(letter.reference?.text ?? '')) {
		// A TSB circular is ITU's: ITU convenes the meetings it announces without naming itself.
		organizers.push({ abbreviation: lang === 'ru' ? 'МСЭ' : 'ITU', index: 0 });
	}
	const line = sentence?.line ?? letter.reference?.line;
	organizers.forEach((org, index) => {
		const known = organizationByAbbreviation(org.abbreviation);
		const role = index === 0 ? 'organizer' : 'co-organizer';
		const fromClause =
			sentence && clause.includes(org.abbreviation) ? sentence.line : letter.reference?.line;
		fact(`organizers.${index}.role`, role, fromClause ?? line);
		if (known) {
			fact(`organizers.${index}.id`, known.id, fromClause ?? line);
			fact(
				`organizers.${index}.url`,
				known.url,
				undefined,
				'the list of organisations (src/lib/import/organizations.ts)',
			);
			textFact(
				`organizers.${known.id}.name`,
				known.names[lang].name,
				undefined,
				'the list of organisations',
			);
			textFact(
				`organizers.${known.id}.abbreviation`,
				known.names[lang].abbreviation,
				fromClause ?? line,
			);
			return;
		}
		const id = /^[A-Za-z0-9][A-Za-z0-9 -]*$/.test(org.abbreviation)
			? org.abbreviation.toLowerCase().replace(/[^a-z0-9]+/g, '-')
			: undefined;
		if (id) fact(`organizers.${index}.id`, id, fromClause ?? line);
		const key = id ?? `organizer-${index + 1}`;
		textFact(`organizers.${key}.abbreviation`, org.abbreviation, fromClause ?? line);
		// English names read as written; Russian ones stand in the sentence's case («с Программой»).
		if (lang === 'en' && org.fullName)
			textFact(`organizers.${key}.name`, org.fullName, fromClause ?? line);
		else if (org.fullName) {
			textHints[`organizers.${key}.name`] =
				`полное название в именительном падеже; в циркуляре: ${org.fullName}`;
		}
	});
}

/** The words naming an organisation before its bracketed abbreviation. */
function nameBefore(text: string, lang: Locale): string | undefined {
	const connectors =
		lang === 'ru'
			? /.*(?:,|\sи\s|совместно со?|вместе со?|при поддержке|что)\s*/su
			: /.*(?:,|\sand\s|together with|jointly with|in (?:collaboration|cooperation|partnership) with|with the support of|that)\s*/su;
	const name = text
		.replace(connectors, '')
		.replace(/^the\s+/i, '')
		.trim();
	return name || undefined;
}

function meetingDays(
	letter: Letter,
	body: Located[],
	circularDate: string | undefined,
): { days: DateSpan; line: SourceLine } | undefined {
	const future = (span: DateSpan) => !circularDate || span.start >= circularDate;
	const subject = letter.subject.map((s) => s.text).join(' ');
	const fromSubject = findDates(subject, circularDate).find(future);
	if (fromSubject) {
		const line =
			letter.subject.find(
				(s) =>
					s.text.includes(fromSubject.text.split(' ')[0]!) &&
					findDates(s.text, circularDate).length > 0,
			)?.line ?? letter.subject[0]!.line;
		return { days: fromSubject, line };
	}
	for (const sentence of body) {
		if (/deadline|no later than|not later than|не позднее|до\s+\d/iu.test(sentence.text)) continue;
		const days = findDates(sentence.text, circularDate).find(future);
		if (days) return { days, line: sentence.line };
	}
	return undefined;
}

function readPlace(
	letter: Letter,
	body: Located[],
	lang: Locale,
): { place: PlaceMatch; line: SourceLine } | undefined {
	const held =
		lang === 'ru'
			? /проходить|пройд[её]т|состоится|проводиться|будет проведен|по адресу|в штаб-квартире/iu
			: /\bheld\b|take place|hosted|venue|\bat the\b|headquarters/iu;
	const candidates = [...letter.subject, ...body.filter((s) => held.test(s.text))];
	for (const kind of ['city', 'country'] as const) {
		for (const sentence of candidates) {
			const place = findPlaces(sentence.text).find((p) => p.kind === kind);
			if (place) return { place, line: sentence.line };
		}
	}
	return undefined;
}

interface Sinks {
	fact: Add;
	textFact: Add;
	hints: Record<string, string>;
	textHints: Record<string, string>;
}

/**
 * The meeting's IANA zone: where it is held, or for a virtual meeting the city the letter was
 * issued in; checked against the abbreviation or offset the letter gives its times in.
 */
function readZone(
	{ fact, textFact, hints }: Sinks,
	{
		mention,
		mentionLine,
		where,
		start,
		letter,
		lang,
	}: {
		mention: ReturnType<typeof findZoneMention>;
		mentionLine: SourceLine | undefined;
		where: { place: PlaceMatch; line: SourceLine } | undefined;
		start: string | undefined;
		letter: Letter;
		lang: Locale;
	},
) {
	const said = mention?.abbreviation
		? `${mention.abbreviation} (${formatOffset(mention.offset!)})`
		: undefined;
	const issued = letter.placeAndDate
		? findPlaces(letter.placeAndDate.text).find((p) => p.kind === 'city')
		: undefined;
	const named = mention?.city ? findPlaces(mention.city).find((p) => p.kind === 'city') : undefined;
	const fits = (zone: string) =>
		mention?.offset === undefined || !start || offsetAt(zone, start) === mention.offset;
	const choose = (place: PlaceMatch) =>
		place.zones.find(
			(zone, i) =>
				(i === 0 || place.kind === 'country') &&
				fits(zone) &&
				(place.kind === 'city' || i === 0 || mention?.offset !== undefined),
		);
	const options: { place: PlaceMatch; line: SourceLine | undefined; why: string }[] = [];
	if (named) options.push({ place: named, line: mentionLine, why: 'the city the times follow' });
	if (where)
		options.push({ place: where.place, line: where.line, why: 'where the meeting is held' });
	if (!where && issued)
		options.push({
			place: issued,
			line: letter.placeAndDate!.line,
			why: 'where the circular was issued',
		});
	for (const option of options) {
		const zone = choose(option.place);
		if (zone) {
			fact('schedule.timeZone', zone, option.line);
			const city = option.place.kind === 'city' ? option.place.names[lang] : undefined;
			if (city) textFact('timeZonePlace', city, option.line);
			return;
		}
	}
	if (
		mention?.abbreviation === 'UTC' ||
		(mention?.offset === 0 && mention.abbreviation === 'GMT')
	) {
		fact('schedule.timeZone', 'UTC', mentionLine);
		textFact('timeZonePlace', 'UTC', mentionLine);
		return;
	}
	const place = options[0]?.place;
	hints['schedule.timeZone'] = [
		'IANA zone of the venue or organiser, e.g. Europe/Zurich',
		said &&
			`the circular gives times in ${said}${mentionLine ? ` (line ${mentionLine.number})` : ''}`,
		place &&
			`${place.text} ${place.kind === 'country' ? 'has several zones' : `keeps ${place.zones[0]}, which is not ${said ?? 'that'} then`}`,
	]
		.filter(Boolean)
		.join('; ');
}

const languageNames: Record<string, RegExp> = {
	en: /\bEnglish\b|английск/iu,
	fr: /\bFrench\b|французск/iu,
	es: /\bSpanish\b|испанск/iu,
	ru: /\bRussian\b|русск/iu,
	ar: /\bArabic\b|арабск/iu,
	zh: /\bChinese\b|китайск/iu,
};

function readLanguages(body: Located[], fact: Add) {
	const sentence = body.find((s) =>
		/\blanguages?\b|\binterpretation\b|\b(?:in|into) (?:English|French|Spanish|Russian|Arabic|Chinese)\b|язык|устн\p{L}* перевод/iu.test(
			s.text,
		),
	);
	if (!sentence) return;
	if (/six official languages|шести официальных языках/iu.test(sentence.text)) {
		fact('workingLanguages', ['ar', 'zh', 'en', 'fr', 'ru', 'es'], sentence);
		return;
	}
	const found = Object.entries(languageNames)
		.map(([code, pattern]) => ({ code, index: sentence.text.search(pattern) }))
		.filter((l) => l.index >= 0)
		.sort((a, b) => a.index - b.index)
		.map((l) => l.code);
	if (found.length > 0) fact('workingLanguages', found, sentence);
}

function readLinks(body: Located[], fact: Add, hasInitiative: boolean) {
	let meeting: { url: string; sentence: Located } | undefined;
	let registration: { url: string; sentence: Located } | undefined;
	for (const sentence of body) {
		for (const m of sentence.text.matchAll(/https:\/\/[^\s<>"»”)]+/gu)) {
			const url = m[0].replace(/[.,;:]+$/u, '');
			const located = { url, sentence };
			const before = sentence.text.slice(0, m.index);
			if (
				/initiative|инициатив/iu.test(before) &&
				!/meeting|event|собрани|мероприяти/iu.test(before)
			) {
				if (hasInitiative) fact('initiative.url', url, sentence);
				continue;
			}
			const registers = /regist|регистрац|зарегистр/iu.test(sentence.text);
			const about =
				/meeting|event|information|workshop|собрани|мероприяти|информаци|семинар/iu.test(before);
			if (registers && !about) registration ??= located;
			else if (about) {
				meeting ??= located;
				if (registers) registration ??= located;
			}
		}
	}
	if (meeting) fact('links.meeting', meeting.url, meeting.sentence);
	if (registration) fact('links.registration', registration.url, registration.sentence);
}

/** ITU's headquarters, where most meetings are held; circulars name it but not its address. */
const itu = {
	en: { name: 'ITU headquarters', address: 'Place des Nations, 1211 Geneva 20, Switzerland' },
	ru: { name: 'Штаб-квартира МСЭ', address: 'Place des Nations, 1211 Женева 20, Швейцария' },
} as const;

/**
 * Where an in-person or hybrid meeting is held: "held … at AEMET headquarters, Calle …, Madrid,
 * Spain" gives the name and the address; «по адресу: …» the address.
 */
function readVenue(
	body: Located[],
	lang: Locale,
	textFact: Add,
	textHints: Record<string, string>,
) {
	const headquarters = lang === 'ru' ? /в штаб-квартире МСЭ/u : /\bat (?:the )?ITU headquarters\b/u;
	const atHeadquarters = body.find((s) => headquarters.test(s.text));
	if (atHeadquarters) {
		textFact('venue.name', itu[lang].name, atHeadquarters.line);
		textFact('venue.address', itu[lang].address, undefined, "ITU's address");
		return;
	}
	const stop = /,?\s+(?:from|on|with|between|during|с|со|в период)\s|[.;](?:\s|$)/u;
	if (lang === 'en') {
		for (const sentence of body) {
			const m = /\b(?:held|take place|hosted)\b[^.]*?\bat\s+(?:the\s+)?(.+)/u.exec(sentence.text);
			if (!m) continue;
			const words = m[1]!.split(stop)[0]!.trim();
			const comma = words.indexOf(', ');
			if (comma < 0) {
				textFact('venue.name', words, sentence);
				textHints['venue.address'] =
					`street, city and country on one line; the circular says only: ${words}`;
			} else {
				textFact('venue.name', words.slice(0, comma), sentence);
				textFact('venue.address', words.slice(comma + 2), sentence);
			}
			return;
		}
		return;
	}
	for (const sentence of body) {
		const m = /(?:будет проходить|пройд[её]т|состоится)(.*?)\s+по адресу:\s*(.+)/u.exec(
			sentence.text,
		);
		if (!m) continue;
		// The building is the last «в …» before the address, in the prepositional case.
		const building = /(?:^|\s)(в\s+(?:(?!\sв\s).)+)$/u.exec(m[1]!)?.[1];
		if (building) {
			textHints['venue.name'] = `здание и зал в именительном падеже; в циркуляре: ${building}`;
		}
		textFact('venue.address', m[2]!.split(stop)[0]!.trim(), sentence);
		return;
	}
}

/** "+41 22 730 6301" from "+41-22-730-6301", "+41 (0)22 730 6301" or "+41227306301" left as is. */
function phoneNumber(text: string): string | undefined {
	const tidy = text
		.replace(/\(0\)/g, '')
		.replace(/[().-]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	return /^\+[1-9]\d{0,3}(?: \d{1,6}){1,6}$/.test(tidy) ? tidy : undefined;
}

function readEligibility(body: Located[], lang: Locale, textFact: Add) {
	const opener =
		lang === 'ru'
			? /(?:могут принять участие|открыт[оа]? для участия|участвовать могут)\s+/iu
			: /(?:(?:participation|the meeting|the workshop|attendance) is open to|may participate:?|open to participation by)\s+/iu;
	const index = body.findIndex((s) => opener.test(s.text));
	if (index < 0) return;
	const sentence = body[index]!;
	const list = sentence.text
		.slice(opener.exec(sentence.text)!.index + opener.exec(sentence.text)![0].length)
		.replace(/[.;]\s*$/u, '');
	const [main = '', tail] = list.split(
		lang === 'ru' ? /,\s+а также\s+/u : /,?\s+(?:as well as|and also|and)\s+(?=to\s)/u,
	);
	const rest = tail?.replace(/^to\s+/u, '');
	const groups = main
		.split(/,\s+|\s+(?:and|и)\s+(?=\p{Lu}|ITU|МСЭ)/u)
		.map(listItem)
		.filter(Boolean);
	if (rest) {
		// "This includes …" / «К таким лицам относятся также …» says more about the last group.
		const next = body[index + 1]?.text;
		const more =
			next && /^(?:this includes|these include|к таким лицам)/iu.test(next) ? next : undefined;
		groups.push(
			listItem(
				more
					? `${rest.replace(/[.;]$/u, '')}; ${more.charAt(0).toLowerCase()}${more.slice(1)}`
					: rest,
			),
		);
	}
	if (groups.length > 0) textFact('eligibility', groups, sentence);
}

/** Deadline keys by what is due, so the page and the calendar can tell them apart. */
const deadlineKeys: [RegExp, string][] = [
	[/fellowship|стипенди/iu, 'fellowships'],
	[/visa|виз/iu, 'visa'],
	[/contribution|вклад/iu, 'contributions'],
	[/regist|регистрац/iu, 'registration'],
	[/document|документ/iu, 'documents'],
	[/hotel|accommodation|гостиниц|размещени/iu, 'accommodation'],
];

function readDeadlines(letter: Letter, circularDate: string | undefined, fact: Add, textFact: Add) {
	const used = new Set<string>();
	const items: string[] = [];
	letter.deadlines.forEach((row) => {
		const [date] = findDates(row.date.text, circularDate);
		if (!date) return;
		const base = deadlineKeys.find(([pattern]) => pattern.test(row.what.text))?.[1] ?? 'deadline';
		let id = base;
		for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
		used.add(id);
		const at = items.length;
		fact(`keyDeadlines.${at}.id`, id, row.what.line);
		fact(`keyDeadlines.${at}.date`, date.start, row.date.line);
		textFact(`keyDeadlines.${id}`, listItem(row.what.text), row.what.line);
		items.push(id);
	});
}

/** Refuses a letter that announces no meeting, before anything is written. */
export function assertAnnouncesMeeting(letter: Letter, reading: Reading, file: string) {
	const fields = new Set(reading.facts.map((f) => f.field));
	const dated =
		fields.has('schedule.start') ||
		Object.keys(reading.hints).some((h) => h.startsWith('schedule.start'));
	const subject = letter.subject.map((s) => s.text).join(' ');
	if (letter.subject.length === 0 && letter.paragraphs.length === 0) {
		throw new ImportError(
			`${file} does not look like an ITU letter: it has no "Subject:" («Предмет:») and no numbered paragraphs; nothing was written`,
		);
	}
	const nouns = new RegExp(
		`(?<![\\p{L}])(?:${[...eventNouns.en, ...eventNouns.ru].join('|')})`,
		'iu',
	);
	// The subject names the meeting, or the first paragraph does ("… will hold its meeting …").
	const opening = letter.paragraphs[0]?.parts.map((part) => part.text).join(' ') ?? '';
	if (!dated || !nouns.test(`${subject} ${opening}`)) {
		throw new ImportError(
			`${file} announces no meeting: ${subject ? `its subject is "${subject}", and it` : 'it'} gives no date on which a meeting will take place; nothing was written`,
		);
	}
}
