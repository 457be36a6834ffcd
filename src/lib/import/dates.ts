// Dates and times as circulars write them, in English and Russian: "26 February-2 March 2018",
// "from 9 to 18 April 2018", «с 9 по 18 апреля», «с 09 час. 30 мин. до 16 час. 00 мин.»,
// "0930 hours", "09:30", and words run together by an export ("at0930").

import { DateTime } from 'luxon';

import type { Locale } from '../../i18n/locales.ts';

const englishMonths = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december',
];
/** Russian months in the genitive, as dates use them («2 мая»), and in the nominative. */
const russianMonths = [
	['января', 'январь'],
	['февраля', 'февраль'],
	['марта', 'март'],
	['апреля', 'апрель'],
	['мая', 'май'],
	['июня', 'июнь'],
	['июля', 'июль'],
	['августа', 'август'],
	['сентября', 'сентябрь'],
	['октября', 'октябрь'],
	['ноября', 'ноябрь'],
	['декабря', 'декабрь'],
];

/** 1-12 for a month name or its abbreviation ("Sept.", "Feb"), in either language. */
export function monthNumber(word: string): number | undefined {
	const lower = word.toLowerCase().replace(/\.$/, '');
	const english = englishMonths.findIndex(
		(month) => month === lower || (lower.length >= 3 && month.startsWith(lower)),
	);
	if (english >= 0) return english + 1;
	const russian = russianMonths.findIndex((forms) => forms.includes(lower));
	return russian >= 0 ? russian + 1 : undefined;
}

const monthWord = String.raw`(?:[A-Za-z]{3,9}\.?|[а-яё]{3,8})`;
const day = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const year = String.raw`(\d{4})(?:\s*(?:года|год|гг?\.?|г\.))?`;
const dash = String.raw`\s*[-–—−]\s*`;

export interface DateSpan {
	/** First day, YYYY-MM-DD. */
	start: string;
	/** Last day, YYYY-MM-DD; the same as start for one day. */
	end: string;
	/** Where the words were found in the text searched. */
	index: number;
	/** The words as the text has them. */
	text: string;
}

const spanPatterns: { pattern: RegExp; read: (m: RegExpExecArray) => Parts }[] = [
	{
		// 26 February-2 March 2018; from 26 February to 2 March 2018; с 26 февраля по 2 марта 2018 года
		pattern: new RegExp(
			String.raw`(?:(?:from|с)\s+)?${day}\s+(${monthWord})(?:\s+(\d{4}))?(?:${dash}|\s+(?:to|until|till|по|до)\s+)${day}\s+(${monthWord})(?:,?\s+${year})?`,
			'giu',
		),
		read: (m) => ({ d1: m[1], m1: m[2], y1: m[3], d2: m[4], m2: m[5], y2: m[6] }),
	},
	{
		// 9-18 April 2018; from 9 to 18 April 2018; с 9 по 18 апреля; 16 and 17 January 2024
		pattern: new RegExp(
			String.raw`(?:(?:from|с)\s+)?${day}(?:${dash}|\s+(?:to|until|till|and|по|до|и)\s+)${day}\s+(${monthWord})(?:,?\s+${year})?`,
			'giu',
		),
		read: (m) => ({ d1: m[1], m1: m[3], y1: undefined, d2: m[2], m2: m[3], y2: m[4] }),
	},
	{
		// April 9-18, 2018; June 20, 2023
		pattern: new RegExp(String.raw`([A-Za-z]{3,9}\.?)\s+${day}(?:${dash}${day})?,\s*(\d{4})`, 'gu'),
		read: (m) => ({ d1: m[2], m1: m[1], y1: undefined, d2: m[3] ?? m[2], m2: m[1], y2: m[4] }),
	},
	{
		// 20 June 2023; 20 июня 2023 г.; 2 мая
		pattern: new RegExp(String.raw`${day}\s+(${monthWord})(?:,?\s+${year})?`, 'giu'),
		read: (m) => ({ d1: m[1], m1: m[2], y1: m[3], d2: m[1], m2: m[2], y2: m[3] }),
	},
	{
		// 2023-06-20
		pattern: /(\d{4})-(\d{2})-(\d{2})/g,
		read: (m) => ({ d1: m[3], m1: m[2], y1: m[1], d2: m[3], m2: m[2], y2: m[1] }),
	},
];

interface Parts {
	d1: string | undefined;
	m1: string | undefined;
	y1: string | undefined;
	d2: string | undefined;
	m2: string | undefined;
	y2: string | undefined;
}

function isoDate(y: number, m: number, d: number): string | undefined {
	const date = DateTime.utc(y, m, d);
	return date.isValid ? date.toISODate()! : undefined;
}

/**
 * Every date or span of days in `text`, earliest in the text first. A date without a year takes
 * `yearOf`'s year, or the next when it would fall before `yearOf` (a letter of 2 May names
 * «с 9 по 18 апреля» of the next year).
 */
export function findDates(text: string, yearOf?: string): DateSpan[] {
	const found: DateSpan[] = [];
	const taken: [number, number][] = [];
	for (const { pattern, read } of spanPatterns) {
		pattern.lastIndex = 0;
		for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
			const from = m.index;
			const to = m.index + m[0].length;
			if (taken.some(([a, b]) => from < b && a < to)) continue;
			const parts = read(m);
			const month1 = /^\d+$/.test(parts.m1 ?? '') ? Number(parts.m1) : monthNumber(parts.m1 ?? '');
			const month2 = /^\d+$/.test(parts.m2 ?? '') ? Number(parts.m2) : monthNumber(parts.m2 ?? '');
			if (!month1 || !month2) continue;
			const explicitYear = parts.y2 ?? parts.y1;
			let y2 = explicitYear ? Number(explicitYear) : undefined;
			if (y2 === undefined) {
				if (!yearOf) continue;
				const reference = DateTime.fromISO(yearOf, { zone: 'UTC' });
				y2 = reference.year;
				const candidate = isoDate(y2, month2, Number(parts.d2));
				if (candidate && candidate < yearOf) y2 += 1;
			}
			// A span over the new year names the year once: 28 December-3 January 2019.
			const y1 = parts.y1 ? Number(parts.y1) : month1 > month2 ? y2 - 1 : y2;
			const start = isoDate(y1, month1, Number(parts.d1));
			const end = isoDate(y2, month2, Number(parts.d2));
			if (!start || !end || end < start) continue;
			taken.push([from, to]);
			found.push({ start, end, index: from, text: m[0].trim() });
		}
	}
	return found.sort((a, b) => a.index - b.index);
}

export interface TimeSpan {
	/** HH:mm */
	start: string;
	/** HH:mm, when the text gives the end too. */
	end?: string;
	index: number;
	text: string;
}

// Times: 09:30, 9.30, 0930 hours, 09 час. 30 мин., 9 a.m.
const clock = String.raw`(?:(\d{1,2})\s*(?:[:.h]|час\.?\s*)(\d{2})(?:\s*мин\.?)?|([01]\d|2[0-3])([0-5]\d)(?=\s*(?:hours|hrs|h\b|ч\.))|(\d{1,2})\s*(?=[ap]\.?m\.?))(?:\s*([ap])\.?m\.?)?`;
const clockGroups = 6;

function readClock(groups: (string | undefined)[]): string | undefined {
	const [h1, m1, h2, m2, h3, meridiem] = groups;
	let hours = Number(h1 ?? h2 ?? h3);
	const minutes = Number(m1 ?? m2 ?? '0');
	if (meridiem?.toLowerCase() === 'p' && hours < 12) hours += 12;
	if (meridiem?.toLowerCase() === 'a' && hours === 12) hours = 0;
	if (!(hours >= 0 && hours < 24 && minutes >= 0 && minutes < 60)) return undefined;
	return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** A four-digit time needs "hours" after it ("0930 hours"), except after "at" or "from". */
const bareFourDigits = String.raw`(?:(?<=\b(?:at|from|to|until)\s*)(?!(?:19|20)\d\d)([01]\d|2[0-3])([0-5]\d)(?!\d))`;

const rangePattern = new RegExp(
	String.raw`(?:from|between|с|от)?\s*(?:${clock}|${bareFourDigits})\s*(?:hours|hrs)?\s*(?:-|–|—|to|until|till|and|до|по)\s*(?:${clock}|${bareFourDigits})`,
	'giu',
);
const singlePattern = new RegExp(String.raw`(?:${clock}|${bareFourDigits})`, 'giu');

/** The first time span ("from 0930 to 1230 hours") or single time ("at0930") in `text`. */
export function findTime(text: string): TimeSpan | undefined {
	// An export that ran words together ("at0930", "0930hours") is read as if spaced.
	const spaced = text
		.replace(/\b(at|from|to|until)(?=\d)/gi, '$1 ')
		.replace(/(\d)(hours)/gi, '$1 $2');
	rangePattern.lastIndex = 0;
	const range = rangePattern.exec(spaced);
	if (range) {
		const g = range.slice(1);
		const start =
			readClock(g.slice(0, clockGroups)) ?? readFour(g.slice(clockGroups, clockGroups + 2));
		const rest = g.slice(clockGroups + 2);
		const end =
			readClock(rest.slice(0, clockGroups)) ?? readFour(rest.slice(clockGroups, clockGroups + 2));
		if (start && end) return { start, end, index: range.index, text: range[0].trim() };
	}
	singlePattern.lastIndex = 0;
	for (let m = singlePattern.exec(spaced); m; m = singlePattern.exec(spaced)) {
		const g = m.slice(1);
		const start = readClock(g.slice(0, clockGroups)) ?? readFour(g.slice(clockGroups));
		// A date such as 20.06 is not a time: require a colon, hours, minutes or a meridiem.
		if (start && !/^\d{1,2}\.\d{2}$/.test(m[0].trim())) {
			return { start, index: m.index, text: m[0].trim() };
		}
	}
	return undefined;
}

function readFour([h, m]: (string | undefined)[]): string | undefined {
	return h && m ? `${h}:${m}` : undefined;
}

/**
 * Offsets of the zone abbreviations circulars use, in minutes east of UTC. Ambiguous ones (CST is
 * China and the American Central, IST India, Ireland and Israel) are left out on purpose.
 */
export const abbreviationOffsets: Record<string, number> = {
	UTC: 0,
	GMT: 0,
	WET: 0,
	WEST: 60,
	BST: 60,
	CET: 60,
	CEST: 120,
	EET: 120,
	EEST: 180,
	MSK: 180,
	EAT: 180,
	CAT: 120,
	WAT: 60,
	SAST: 120,
	GST: 240,
	PKT: 300,
	ICT: 420,
	SGT: 480,
	HKT: 480,
	JST: 540,
	KST: 540,
	AEST: 600,
	AEDT: 660,
	NZST: 720,
	NZDT: 780,
	EST: -300,
	EDT: -240,
	CDT: -300,
	MST: -420,
	MDT: -360,
	PST: -480,
	PDT: -420,
	BRT: -180,
	ART: -180,
};

export interface ZoneMention {
	/** CEST, UTC, or an offset such as UTC+02:00 written as UTC+2. */
	abbreviation?: string | undefined;
	/** Minutes east of UTC that the abbreviation or offset means. */
	offset?: number | undefined;
	/** "Geneva time", «по женевскому времени»: the city the times follow, as written. */
	city?: string;
	/** "local time", «по местному времени»: the time where the meeting is held. */
	local?: boolean;
	text: string;
}

const russianCityAdjectives: Record<string, string> = {
	женевск: 'Женева',
	московск: 'Москва',
	'нью-йоркск': 'Нью-Йорк',
};

/** How the text names the clock its times follow, if it does. */
export function findZoneMention(text: string): ZoneMention | undefined {
	const offset = /\b(?:UTC|GMT)\s*([+−-])\s*(\d{1,2})(?::?(\d{2}))?/.exec(text);
	if (offset) {
		const minutes = Number(offset[2]) * 60 + Number(offset[3] ?? 0);
		return {
			abbreviation: offset[0].replace(/\s+/g, ''),
			offset: offset[1] === '+' ? minutes : -minutes,
			text: offset[0],
		};
	}
	const abbreviation = new RegExp(
		String.raw`(?<![\p{L}\d])(${Object.keys(abbreviationOffsets).join('|')})(?![\p{L}\d])`,
		'u',
	).exec(text);
	if (abbreviation) {
		const name = abbreviation[1]!;
		return { abbreviation: name, offset: abbreviationOffsets[name], text: name };
	}
	const english = /\(?\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) time\b\)?/.exec(text);
	if (english && !/^(?:Local|Standard|Summer|Daylight)$/.test(english[1]!)) {
		return { city: english[1]!, text: english[0] };
	}
	const russian = /по\s+([а-яё-]+?)ому\s+времени/i.exec(text);
	if (russian) {
		const stem = russian[1]!.toLowerCase();
		if (stem === 'местн') return { local: true, text: russian[0] };
		const city = russianCityAdjectives[stem];
		if (city) return { city, text: russian[0] };
	}
	if (/\blocal time\b/i.test(text)) return { local: true, text: 'local time' };
	return undefined;
}

/** The offset of `zone` at the local time `local` (YYYY-MM-DDTHH:mm), in minutes east of UTC. */
export function offsetAt(zone: string, local: string): number | undefined {
	const time = DateTime.fromISO(local, { zone });
	return time.isValid ? time.offset : undefined;
}

/** "UTC+02:00" for 120. */
export function formatOffset(minutes: number): string {
	const sign = minutes < 0 ? '−' : '+';
	const abs = Math.abs(minutes);
	return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The site's language of a text: Russian when most of its letters are Cyrillic. */
export function languageOf(text: string): Locale {
	const cyrillic = text.match(/[а-яё]/giu)?.length ?? 0;
	const latin = text.match(/[a-z]/giu)?.length ?? 0;
	return cyrillic > latin ? 'ru' : 'en';
}
