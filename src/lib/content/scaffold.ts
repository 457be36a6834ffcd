// Creates the three files of a new meeting, filled with marked values an editor replaces. Every
// placeholder fails the content check and the build, so a half-filled meeting is never published.

import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { placeholderMark, slug as slugSchema } from '../../schemas/common.ts';

const R = placeholderMark;

/** The facts file: the shape of meeting.json with a placeholder in every value to fill in. */
export function factsTemplate(schemaPath: string): string {
	const facts = {
		$schema: schemaPath,
		series: { id: `${R} series, e.g. u4ssc`, number: `${R} which meeting, e.g. 8` },
		circular: { number: `${R} circular number, e.g. 92`, date: `${R} issue date, YYYY-MM-DD` },
		organizers: [
			{
				id: `${R} short key, e.g. itu`,
				role: 'organizer',
				url: `${R} https:// address of the organiser`,
			},
		],
		initiative: {
			url: `${R} https:// address of the initiative`,
			unAgencies: `${R} how many UN agencies support it`,
			sdg: `${R} the Sustainable Development Goal, 1 to 17`,
		},
		format: `${R} virtual, in-person or hybrid`,
		workingLanguages: [`${R} language code, e.g. en`],
		schedule: {
			start: `${R} local start, YYYY-MM-DDTHH:mm`,
			end: `${R} local end, YYYY-MM-DDTHH:mm`,
			timeZone: `${R} IANA zone of the venue or organiser, e.g. Europe/Zurich`,
		},
		participation: {
			free: `${R} true or false`,
			registrationRequired: `${R} true or false`,
		},
		links: {
			meeting: `${R} https:// address of the meeting page`,
			registration: `${R} https:// address of the registration form`,
		},
		contacts: {
			email: `${R} e-mail address for questions`,
			phone: `${R} +41 22 730 6301 (or delete this line)`,
		},
	};
	return `${JSON.stringify(facts, null, '\t')}\n`;
}

/** The words of a language file's placeholders; keys are those of MeetingTextSchema. */
export const placeholderWords = {
	en: {
		title: 'full title of the meeting, as in the circular',
		shortTitle: 'short title of at most 60 characters, e.g. 8th U4SSC meeting',
		description: 'one or two sentences on what the meeting is',
		timeZonePlace: 'city whose clock the times follow, e.g. Geneva',
		reference: 'reference of the circular, e.g. TSB Circular 92',
		place: 'where the circular was issued, e.g. Geneva',
		addressee: 'to whom the circular is addressed, one line each',
		copy: 'who receives a copy, one line each',
		organizer: 'full name of the organiser',
		initiative: 'name of the initiative',
		goal: 'the Sustainable Development Goal word for word, as the circular quotes it',
		objective: 'what the meeting is to achieve, one line each',
		eligibility: 'who may take part, one group per line',
		body: 'a few paragraphs about the meeting, in English',
		circularUrl: 'The circular online? Remove the # and give its address in English:',
		venueHint: 'In person or hybrid? Remove the # before these lines and fill them in:',
		venueName: 'building and room, e.g. ITU headquarters, Popov Room',
		venueAddress: 'street, city and country on one line',
		programmeHint: 'A programme in meeting.json? Give each session title by its id:',
		sessionTitle: 'title of the session with the id opening',
		deadlineHint: 'Key deadlines in meeting.json? Say what is due by each, by its id:',
		deadline: 'what is due by this date',
	},
	ru: {
		title: 'полное название встречи, как в циркуляре',
		shortTitle: 'краткое название не длиннее 60 знаков, например Восьмое собрание U4SSC',
		description: 'одно-два предложения о том, что это за встреча',
		timeZonePlace: 'город, по часам которого указано время, например Женева',
		reference: 'номер циркуляра, например Циркуляр 92 БСЭ',
		place: 'где выпущен циркуляр, например Женева',
		addressee: 'кому адресован циркуляр, по одному в строке',
		copy: 'кому направлена копия, по одному в строке',
		organizer: 'полное название организатора',
		initiative: 'название инициативы',
		goal: 'Цель в области устойчивого развития дословно, как в циркуляре',
		objective: 'чего должна достичь встреча, по одной цели в строке',
		eligibility: 'кто может участвовать, по одной группе в строке',
		body: 'несколько абзацев о встрече, по-русски',
		circularUrl: 'Циркуляр опубликован? Уберите # и укажите адрес его русской версии:',
		venueHint: 'Очно или смешанно? Уберите # перед этими строками и заполните их:',
		venueName: 'здание и зал, например Штаб-квартира МСЭ, зал Попова',
		venueAddress: 'улица, город и страна в одной строке',
		programmeHint: 'Есть программа в meeting.json? Название каждой сессии по её id:',
		sessionTitle: 'название сессии с id opening',
		deadlineHint: 'Есть основные сроки в meeting.json? Что нужно сделать к каждому, по его id:',
		deadline: 'что нужно сделать к этой дате',
	},
} as const;

/** A language file: front matter with a placeholder per field, then a placeholder paragraph. */
export function textTemplate(lang: keyof typeof placeholderWords): string {
	const w = placeholderWords[lang];
	const q = (value: string) => JSON.stringify(`${R} ${value}`);
	return `---
title: ${q(w.title)}
shortTitle: ${q(w.shortTitle)}
description: ${q(w.description)}
timeZonePlace: ${q(w.timeZonePlace)}
circular:
  reference: ${q(w.reference)}
  place: ${q(w.place)}
  # ${w.circularUrl}
  # url: https://www.itu.int/md/T22-TSB-CIR-0092/${lang}
  addressees:
    - ${q(w.addressee)}
  copiesTo: []
organizers:
  ${q('the key from meeting.json, e.g. itu')}:
    name: ${q(w.organizer)}
initiative:
  name: ${q(w.initiative)}
  goal: ${q(w.goal)}
# ${w.venueHint}
# venue:
#   name: ${q(w.venueName)}
#   address: ${q(w.venueAddress)}
# ${w.programmeHint}
# programme:
#   opening: ${q(w.sessionTitle)}
# ${w.deadlineHint}
# keyDeadlines:
#   contributions: ${q(w.deadline)}
objectives:
  - ${q(w.objective)}
eligibility:
  - ${q(w.eligibility)}
---

${R} ${w.body}
`;
}

export type ScaffoldResult = { created: string[] } | { error: string };

/**
 * Where a new meeting called `slug` goes under `root`, or why it cannot: a name that cannot be an
 * address, or a meeting that exists (even one whose folder differs in capitals).
 */
export function newMeetingDir(root: string, slug: string): { dir: string } | { error: string } {
	if (!slugSchema.safeParse(slug).success) {
		return {
			error: `"${slug}" cannot be a meeting's name: it becomes the address /en/meetings/${slug}/, so use only lower-case letters, digits and single hyphens, for example u4ssc-8`,
		};
	}
	const existing = existsSync(root)
		? readdirSync(root).find((name) => name.toLowerCase() === slug)
		: undefined;
	if (existing) {
		return {
			error: `${join(root, existing)} already exists; nothing was changed. Choose another name, or edit that meeting's files.`,
		};
	}
	return { dir: join(root, slug) };
}

/** Writes each file into `dir` (created if need be), failing rather than overwriting one. */
export function writeNewFiles(dir: string, files: Record<string, string>): string[] {
	mkdirSync(dir, { recursive: true });
	for (const [name, content] of Object.entries(files)) {
		writeFileSync(join(dir, name), content, { flag: 'wx' });
	}
	return Object.keys(files).map((name) => join(dir, name));
}

/** Creates `<root>/<slug>/` with meeting.json, en.mdx and ru.mdx; never overwrites anything. */
export function scaffoldMeeting(root: string, slug: string, schemaPath: string): ScaffoldResult {
	const target = newMeetingDir(root, slug);
	if ('error' in target) return target;
	return {
		created: writeNewFiles(target.dir, {
			'meeting.json': factsTemplate(schemaPath),
			'en.mdx': textTemplate('en'),
			'ru.mdx': textTemplate('ru'),
		}),
	};
}
