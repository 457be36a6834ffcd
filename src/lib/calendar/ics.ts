// A small iCalendar (RFC 5545) writer: events with UTC times, escaped text, lines folded at 75
// octets without splitting a UTF-8 character, CRLF line ends. No Astro imports: tested directly.

export interface IcsOrganizer {
	/** Shown by calendar apps as the organiser's name. */
	name: string;
	email: string;
}

export interface IcsEvent {
	/** Globally unique and stable across builds, so a re-import updates instead of duplicating. */
	uid: string;
	/** When this version of the event was published; must not depend on the build's clock. */
	stamp: Date;
	/** Revision of the event: calendars replace an imported copy with a higher SEQUENCE. */
	sequence: number;
	start: Date;
	end: Date;
	summary: string;
	description: string;
	/** Where to take part: a street address or, for a virtual meeting, the meeting link. */
	location: string;
	url: string;
	organizer: IcsOrganizer;
	/** BCP 47 tag of SUMMARY and DESCRIPTION: en, ru. */
	language: string;
	/** A reminder this many minutes before the start; none when undefined. */
	alarmMinutesBefore: number | undefined;
}

/** A whole day, such as a deadline: shown on that date in every time zone, blocking no time. */
export interface IcsAllDayEvent {
	uid: string;
	stamp: Date;
	sequence: number;
	/** The day, YYYY-MM-DD. */
	date: string;
	summary: string;
	description: string;
	url: string;
	language: string;
}

export interface IcsCalendar {
	/** PRODID: who wrote the file, "-//Owner//Product//EN". */
	productId: string;
	events: (IcsEvent | IcsAllDayEvent)[];
	/** Name and description for subscribed feeds (X-WR-CALNAME, X-WR-CALDESC). */
	name?: string;
	description?: string;
	/** How often subscribers should refetch a feed, in hours. */
	refreshHours?: number;
}

/** The longest a physical line may be, in octets, not counting its CRLF. */
export const MAX_LINE_OCTETS = 75;

/** Octets of one code point in UTF-8 (a lone surrogate becomes U+FFFD, three octets, as well). */
function utf8Octets(character: string): number {
	const codePoint = character.codePointAt(0)!;
	return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
	return value
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * A parameter value (CN=…) in double quotes, which allow `:`, `;` and `,`; a double quote itself
 * cannot appear in one, so it becomes a single quote.
 */
export function quoteParameter(value: string): string {
	return `"${value.replace(/"/g, "'").replace(/[\r\n]+/g, ' ')}"`;
}

/** 2023-06-20T07:30:00.000Z → 20230620T073000Z (a UTC DATE-TIME). */
export function formatUtc(date: Date): string {
	if (Number.isNaN(date.getTime())) throw new RangeError('Invalid date in a calendar event');
	return date
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
}

/**
 * Folds one content line into physical lines of at most 75 octets: every continuation starts with
 * a space, and a break never falls inside a multi-byte character (Cyrillic is two bytes a letter).
 */
export function foldLine(line: string): string {
	const lines: string[] = [];
	let current = '';
	let size = 0;
	for (const character of line) {
		// Counted, not encoded: TextEncoder per character took 3 s of a 1000-meeting build.
		const bytes = utf8Octets(character);
		if (size + bytes > MAX_LINE_OCTETS) {
			lines.push(current);
			current = ' ';
			size = 1;
		}
		current += character;
		size += bytes;
	}
	lines.push(current);
	return lines.join('\r\n');
}

/** 20180115 for 2018-01-15, and the day after it (an all-day DTEND is exclusive). */
function dateValue(date: string, plusDays = 0): string {
	const day = new Date(`${date}T00:00:00Z`);
	if (Number.isNaN(day.getTime()))
		throw new RangeError(`"${date}" is not a date written YYYY-MM-DD`);
	day.setUTCDate(day.getUTCDate() + plusDays);
	return day.toISOString().slice(0, 10).replaceAll('-', '');
}

function allDayLines(event: IcsAllDayEvent): string[] {
	const language = `;LANGUAGE=${event.language}`;
	return [
		'BEGIN:VEVENT',
		`UID:${event.uid}`,
		`DTSTAMP:${formatUtc(event.stamp)}`,
		`DTSTART;VALUE=DATE:${dateValue(event.date)}`,
		`DTEND;VALUE=DATE:${dateValue(event.date, 1)}`,
		`SUMMARY${language}:${escapeText(event.summary)}`,
		`DESCRIPTION${language}:${escapeText(event.description)}`,
		`URL:${event.url}`,
		'STATUS:CONFIRMED',
		`SEQUENCE:${event.sequence}`,
		'TRANSP:TRANSPARENT',
		'END:VEVENT',
	];
}

function eventLines(event: IcsEvent | IcsAllDayEvent): string[] {
	if ('date' in event) return allDayLines(event);
	if (event.end <= event.start) {
		throw new RangeError(`Calendar event ${event.uid} must end after it starts`);
	}
	const language = `;LANGUAGE=${event.language}`;
	return [
		'BEGIN:VEVENT',
		`UID:${event.uid}`,
		`DTSTAMP:${formatUtc(event.stamp)}`,
		`DTSTART:${formatUtc(event.start)}`,
		`DTEND:${formatUtc(event.end)}`,
		`SUMMARY${language}:${escapeText(event.summary)}`,
		`DESCRIPTION${language}:${escapeText(event.description)}`,
		`LOCATION:${escapeText(event.location)}`,
		`URL:${event.url}`,
		`ORGANIZER;CN=${quoteParameter(event.organizer.name)}:mailto:${event.organizer.email}`,
		'STATUS:CONFIRMED',
		`SEQUENCE:${event.sequence}`,
		'TRANSP:OPAQUE',
		...(event.alarmMinutesBefore === undefined
			? []
			: [
					'BEGIN:VALARM',
					'ACTION:DISPLAY',
					`DESCRIPTION:${escapeText(event.summary)}`,
					`TRIGGER:-PT${event.alarmMinutesBefore}M`,
					'END:VALARM',
				]),
		'END:VEVENT',
	];
}

/** A complete VCALENDAR with METHOD:PUBLISH: folded lines, each ended by CRLF. */
export function buildCalendar(calendar: IcsCalendar): string {
	const feed: string[] = [];
	if (calendar.name) feed.push(`X-WR-CALNAME:${escapeText(calendar.name)}`);
	if (calendar.description) feed.push(`X-WR-CALDESC:${escapeText(calendar.description)}`);
	if (calendar.refreshHours) {
		const every = `PT${calendar.refreshHours}H`;
		feed.push(`REFRESH-INTERVAL;VALUE=DURATION:${every}`, `X-PUBLISHED-TTL:${every}`);
	}
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:${calendar.productId}`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		...feed,
		...calendar.events.flatMap(eventLines),
		'END:VCALENDAR',
	];
	return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}
