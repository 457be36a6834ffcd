// Where a meeting falls in someone's day: the words for it ("afternoon to late evening",
// «ночью») and the pieces of a 24-hour bar. Local clock minutes only, so the build and the
// browser give the same answer for the same wall clocks.

import { daysBetween, type WallClock } from './zone-time.ts';

/** Parts of a local day, named in the dictionaries as `schedule.dayPart.<part>`. */
export const dayParts = [
	'night',
	'earlyMorning',
	'morning',
	'afternoon',
	'evening',
	'lateEvening',
] as const;
export type DayPart = (typeof dayParts)[number];

const HOUR = 60;
const DAY = 24 * HOUR;
/** Where each part starts, in minutes after midnight; it ends where the next one starts. */
const partStarts: Record<DayPart, number> = {
	night: 0,
	earlyMorning: 6 * HOUR,
	morning: 8 * HOUR,
	afternoon: 12 * HOUR,
	evening: 18 * HOUR,
	lateEvening: 22 * HOUR,
};
/** Working hours, 08:00–18:00: the morning and the afternoon. */
const WORK_START = partStarts.morning;
const WORK_END = partStarts.evening;
/** Night on the bar and in "most of it at night": 22:00 to 06:00. */
const NIGHT_START = partStarts.lateEvening;
const NIGHT_END = partStarts.earlyMorning;

/** How a window sits in the day, before it is put into words. */
export type DayPartText =
	| { kind: 'working' }
	| { kind: 'within'; part: DayPart }
	| { kind: 'range'; from: DayPart; to: DayPart };

/** A window on the local clock: minutes from the start day's midnight. */
function localSpan(start: WallClock, end: WallClock): [from: number, to: number] {
	const from = start.hour * HOUR + start.minute;
	return [from, daysBetween(start, end) * DAY + end.hour * HOUR + end.minute];
}

const partAt = (minute: number): DayPart => {
	const inDay = ((minute % DAY) + DAY) % DAY;
	return dayParts.findLast((part) => partStarts[part] <= inDay)!;
};

/** Minutes of [from, to) that fall between 22:00 and 06:00 on any day. */
function nightMinutes(from: number, to: number): number {
	let total = 0;
	for (let day = Math.floor(from / DAY) - 1; day * DAY < to; day++) {
		const nightFrom = day * DAY + NIGHT_START;
		const nightTo = (day + 1) * DAY + NIGHT_END;
		total += Math.max(0, Math.min(to, nightTo) - Math.max(from, nightFrom));
	}
	return total;
}

/** Parts that are the start and the end of one broader part: "early morning" of the morning. */
const broader: Partial<Record<DayPart, DayPart>> = {
	earlyMorning: 'morning',
	lateEvening: 'evening',
};

/**
 * How the window falls in the local day: at night only when most of it is between 22:00 and
 * 06:00, within working hours (08:00–18:00), within one part, or from one part to another.
 * Undefined for a window of a day or more, which no part of a day describes.
 */
export function describeWindow(start: WallClock, end: WallClock): DayPartText | undefined {
	const [from, to] = localSpan(start, end);
	if (to - from >= DAY || to <= from) return undefined;
	if (nightMinutes(from, to) * 2 > to - from) return { kind: 'within', part: 'night' };
	if (from >= WORK_START && to <= WORK_END) return { kind: 'working' };
	const first = partAt(from);
	const last = partAt(to - 1);
	if (first === last) return { kind: 'within', part: first };
	// 06:30–09:00 is "in the morning", 18:30–23:00 "in the evening": one broader part.
	const joined = broader[first] === last ? last : broader[last] === first ? first : undefined;
	if (joined && to - from < 12 * HOUR) return { kind: 'within', part: joined };
	return { kind: 'range', from: first, to: last };
}

/** The words for each part and the two templates, from one page language's dictionary. */
export interface DayPartWords {
	/** "in the afternoon" / «днём», by part. */
	within: Record<DayPart, string>;
	/** The part as the start or end of a range, where it differs: "afternoon" (Russian: none). */
	range: Partial<Record<DayPart, string>>;
	/** "{from} to {to}" / «{from} и {to}». */
	between: string;
	/** "during working hours" / «в рабочее время». */
	working: string;
}

/**
 * The words as one attribute's value for the browser, "working|between|within…|range…" in the
 * order of `dayParts` (a range word left empty where it is the within word): a third of the bytes
 * of JSON in an attribute, whose every quotation mark is `&quot;`.
 */
export function wordsAttribute(words: DayPartWords): string {
	return [
		words.working,
		words.between,
		...dayParts.map((part) => words.within[part]),
		...dayParts.map((part) => words.range[part] ?? ''),
	].join('|');
}

/** The words back from `wordsAttribute`'s value. */
export function readWords(value: string): DayPartWords {
	const [working = '', between = '', ...each] = value.split('|');
	const pick = (offset: number) =>
		Object.fromEntries(dayParts.map((part, index) => [part, each[offset + index]]));
	return {
		working,
		between,
		within: pick(0) as Record<DayPart, string>,
		range: Object.fromEntries(
			Object.entries(pick(dayParts.length)).filter(([, word]) => word),
		) as Partial<Record<DayPart, string>>,
	};
}

/** The description in words: "afternoon to late evening", «ночью». */
export function dayPartPhrase(text: DayPartText, words: DayPartWords): string {
	if (text.kind === 'working') return words.working;
	if (text.kind === 'within') return words.within[text.part];
	return words.between
		.replace('{from}', words.range[text.from] ?? words.within[text.from])
		.replace('{to}', words.range[text.to] ?? words.within[text.to]);
}

/**
 * The meeting's blocks on a 24-hour bar, in minutes after midnight: one block, or two when the
 * window runs past midnight (19:30–02:00 is 19:30–24:00 and 00:00–02:00). None for a window of a
 * day or more.
 */
export function barBlocks(start: WallClock, end: WallClock): [from: number, to: number][] {
	const [from, to] = localSpan(start, end);
	if (to - from >= DAY || to <= from) return [];
	const first = ((from % DAY) + DAY) % DAY;
	const last = first + (to - from);
	return last <= DAY
		? [[first, last]]
		: [
				[first, DAY],
				[0, last - DAY],
			];
}
