import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

import {
	buildCalendar,
	escapeText,
	foldLine,
	formatUtc,
	MAX_LINE_OCTETS,
	type IcsEvent,
} from '../../../src/lib/calendar/ics.ts';
import { calendarFeed, meetingCalendar } from '../../../src/lib/calendar/events.ts';
import { calendarNotes } from '../../helpers/calendar-notes.ts';
import { fixtureMeeting, site, u4ssc7 } from '../../helpers/meetings.ts';

const encoder = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Physical lines as byte arrays; the file must end with CRLF and use no other line end. */
function physicalLines(ics: string): Uint8Array[] {
	expect(ics.endsWith('\r\n')).toBe(true);
	const lines = ics.slice(0, -2).split('\r\n');
	for (const line of lines) expect(line).not.toMatch(/[\r\n]/);
	return lines.map((line) => encoder.encode(line));
}

function expectWellFolded(ics: string) {
	for (const bytes of physicalLines(ics)) {
		expect(bytes.length).toBeLessThanOrEqual(MAX_LINE_OCTETS);
		// A fold inside a two-byte letter would leave half a character at a line's end or start.
		expect(() => strictUtf8.decode(bytes)).not.toThrow();
	}
}

function parseEvents(ics: string) {
	const calendar = new ICAL.Component(ICAL.parse(ics));
	return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

describe('escapeText', () => {
	it('escapes backslashes, semicolons, commas and line breaks', () => {
		expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
	});
});

describe('formatUtc', () => {
	it('writes an instant as a UTC date-time', () => {
		expect(formatUtc(new Date('2023-06-20T07:30:00Z'))).toBe('20230620T073000Z');
	});

	it('refuses an invalid date', () => {
		expect(() => formatUtc(new Date('nope'))).toThrow('Invalid date');
	});
});

describe('foldLine', () => {
	it('leaves a line of 75 octets alone and folds one of 76', () => {
		expect(foldLine('a'.repeat(75))).toBe('a'.repeat(75));
		expect(foldLine('a'.repeat(76))).toBe(`${'a'.repeat(75)}\r\n a`);
	});

	it('folds a Cyrillic run between two letters, never inside one', () => {
		// "SUMMARY:" is 8 octets, then 2 octets a letter: 33 letters fill 74 octets, the 34th
		// would make 76, so it moves to the next line.
		const line = `SUMMARY:${'ж'.repeat(40)}`;
		const [first, second] = foldLine(line).split('\r\n');
		expect(first).toBe(`SUMMARY:${'ж'.repeat(33)}`);
		expect(encoder.encode(first).length).toBe(74);
		expect(second).toBe(` ${'ж'.repeat(7)}`);
	});

	it.each([
		['three-octet', '€'],
		['four-octet (a surrogate pair in JavaScript)', '😀'],
		['mixed', 'aж€😀'],
	])('keeps %s characters whole and every line within 75 octets', (_, unit) => {
		const line = `DESCRIPTION:${unit.repeat(60)}`;
		const physical = foldLine(line).split('\r\n');
		for (const part of physical) {
			expect(encoder.encode(part).length).toBeLessThanOrEqual(75);
			// No half of a surrogate pair at either end of a line.
			expect(part.isWellFormed()).toBe(true);
		}
		// Unfolding (drop each CRLF and the space after it) gives the line back.
		expect(physical.map((part, index) => (index ? part.slice(1) : part)).join('')).toBe(line);
		// Full lines are full: the next character would not have fitted.
		for (const [index, part] of physical.slice(0, -1).entries()) {
			const next = [...physical[index + 1]!.slice(1)][0]!;
			expect(encoder.encode(part + next).length).toBeGreaterThan(75);
		}
	});
});

describe('a calendar with a long Russian title', () => {
	const summary =
		'Заседание Объединения усилий в целях построения умных устойчивых городов и обсуждение ключевых показателей эффективности';
	const event: IcsEvent = {
		uid: 'long@meetings.example.org',
		stamp: new Date('2023-05-02T00:00:00Z'),
		sequence: 0,
		start: new Date('2023-06-20T07:30:00Z'),
		end: new Date('2023-06-20T14:00:00Z'),
		summary,
		description: 'Первая строка\nвторая, с запятой; и точкой с запятой \\ и обратной чертой',
		location: 'https://u4ssc.itu.int/latest-meetings/7th-meeting/',
		url: 'https://meetings.example.org/ru/meetings/u4ssc-7/',
		organizer: { name: 'Международный союз электросвязи', email: 'u4ssc@itu.int' },
		language: 'ru',
		alarmMinutesBefore: 30,
	};
	const ics = buildCalendar({ productId: '-//test//RU', events: [event] });

	it('folds the title inside a Cyrillic run, every line at most 75 octets', () => {
		expectWellFolded(ics);
		const lines = ics.split('\r\n');
		const first = lines.findIndex((line) => line.startsWith('SUMMARY'));
		// The second fold falls inside "городов": two octets a letter, 74 octets a continuation.
		expect(lines.slice(first, first + 4)).toEqual([
			'SUMMARY;LANGUAGE=ru:Заседание Объединения усилий ',
			' в целях построения умных устойчивых гор',
			' одов и обсуждение ключевых показателей ',
			' эффективности',
		]);
	});

	it('reads back exactly through ical.js, escapes undone', () => {
		const [vevent] = parseEvents(ics).events;
		expect(vevent!.getFirstPropertyValue('summary')).toBe(summary);
		expect(vevent!.getFirstPropertyValue('description')).toBe(event.description);
		expect(vevent!.getFirstProperty('organizer')!.getParameter('cn')).toBe(
			'Международный союз электросвязи',
		);
	});

	it('refuses an event that ends before it starts', () => {
		expect(() =>
			buildCalendar({ productId: '-//test//RU', events: [{ ...event, end: event.start }] }),
		).toThrow('Calendar event long@meetings.example.org must end after it starts');
	});
});

describe.each(['en', 'ru'] as const)('the .ics file of the 7th U4SSC meeting (%s)', (locale) => {
	const meeting = u4ssc7[locale];
	const ics = meetingCalendar(meeting, site);
	const { calendar, events } = parseEvents(ics);
	const vevent = events[0]!;
	const event = new ICAL.Event(vevent);

	it('is one published event with CRLF lines of at most 75 octets', () => {
		expectWellFolded(ics);
		expect(events).toHaveLength(1);
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
		expect(calendar.getFirstPropertyValue('prodid')).toBe(
			`-//meetings.example.org//International meetings//${locale.toUpperCase()}`,
		);
	});

	it('starts at 07:30 UTC and ends at 14:00 UTC on 20 June 2023', () => {
		expect(event.startDate.toJSDate().toISOString()).toBe('2023-06-20T07:30:00.000Z');
		expect(event.endDate.toJSDate().toISOString()).toBe('2023-06-20T14:00:00.000Z');
		expect(event.startDate.zone.tzid).toBe('UTC');
		expect(ics).toContain('\r\nDTSTART:20230620T073000Z\r\n');
		expect(ics).toContain('\r\nDTEND:20230620T140000Z\r\n');
	});

	it('has a stable UID and a DTSTAMP from the circular, not the build clock', () => {
		expect(event.uid).toBe('u4ssc-7@meetings.example.org');
		expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).toBe('2023-05-02T00:00:00Z');
		expect(meetingCalendar(meeting, site)).toBe(ics);
	});

	it('is the first version of the event until the meeting.json raises its revision', () => {
		expect(event.sequence).toBe(0);
		const moved = { ...meeting, facts: { ...meeting.facts, revision: 2 } };
		const updated = new ICAL.Event(parseEvents(meetingCalendar(moved, site)).events[0]!);
		expect(updated.sequence).toBe(2);
		expect(updated.uid).toBe(event.uid);
	});

	it('carries the short title, the description, the links, the organizer and a reminder', () => {
		expect(event.summary).toBe(meeting.text.shortTitle);
		expect(vevent.getFirstProperty('summary')!.getParameter('language')).toBe(locale);
		expect(event.description.startsWith(`${meeting.text.title}\n\n`)).toBe(true);
		expect(event.description).toContain(`\n\n${meeting.text.description}\n\n`);
		expect(event.description).toContain('https://u4ssc.itu.int/latest-meetings/7th-meeting/');
		expect(event.description).toContain(`https://meetings.example.org/${locale}/meetings/u4ssc-7/`);
		expect(event.description).toContain('u4ssc@itu.int, +41 22 730 6301');
		expect(event.location).toBe('https://u4ssc.itu.int/latest-meetings/7th-meeting/');
		expect(vevent.getFirstPropertyValue('url')).toBe(
			`https://meetings.example.org/${locale}/meetings/u4ssc-7/`,
		);
		const organizer = vevent.getFirstProperty('organizer')!;
		expect(organizer.getFirstValue()).toBe('mailto:u4ssc@itu.int');
		expect(organizer.getParameter('cn')).toBe(meeting.text.organizers.itu!.name);
		const alarm = vevent.getFirstSubcomponent('valarm')!;
		expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
		expect((alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(-30 * 60);
	});
});

/** Expected text with "~" for each no-break space typography puts in. */
const nb = (text: string) => text.replace(/~/g, '\u00a0');

describe('what a calendar shows of the 7th U4SSC meeting', () => {
	it.each([
		['en', 'approve the appointment of the new management team and the annual work plan'],
		['ru', 'будут утверждены назначение новой команды руководства и годовой план работы'],
	] as const)(
		'uses the objectives’ verb for each item, as the page does (%s)',
		(locale, phrase) => {
			const description = read(locale).description.replace(/\s+/g, ' ');
			expect(description).toContain(phrase);
			expect(description).not.toMatch(/\b(confirm|adopt)/i);
			const objectives = u4ssc7[locale].text.objectives.join(' ').replace(/\s+/g, ' ');
			expect(objectives).toMatch(
				locale === 'en' ? /Approve the appointment/ : /Утвердить назначение/,
			);
		},
	);

	const read = (locale: 'en' | 'ru') =>
		new ICAL.Event(parseEvents(meetingCalendar(u4ssc7[locale], site)).events[0]!);

	it.each([
		['en', '7th U4SSC meeting'],
		['ru', 'Седьмое собрание U4SSC'],
	] as const)('names it by its short title in the grid (%s)', (locale, summary) => {
		expect(read(locale).summary).toBe(summary);
	});

	it.each([
		[
			'en',
			[
				// The meeting's own time and offset, which a calendar set to another zone does not show.
				'When: 20~June 2023, 09:30–16:00 Geneva time (CEST, UTC+2)',
				'Format: virtual (online)',
				'Language: English only',
				'Registration is~mandatory.',
				'Programme, registration and~how to~connect: https://u4ssc.itu.int/latest-meetings/7th-meeting/',
				'Announcement: https://meetings.example.org/en/meetings/u4ssc-7/',
				'Contact: u4ssc@itu.int, +41 22 730 6301',
			],
		],
		[
			'ru',
			[
				'Время проведения: 20~июня 2023~г., 09:30–16:00 (Женева, CEST, UTC+2)',
				'Формат: виртуальный (онлайн)',
				'Язык: только английский',
				'Регистрация обязательна.',
				'Программа, регистрация и~подключение: https://u4ssc.itu.int/latest-meetings/7th-meeting/',
				'Объявление: https://meetings.example.org/ru/meetings/u4ssc-7/',
				'Контактная информация: u4ssc@itu.int, +41 22 730 6301',
			],
		],
	] as const)(
		'describes the time, the format, the working language, the registration and the links (%s)',
		(locale, lines) => {
			const description = read(locale).description.split('\n');
			// The full title, the summary, then one fact a line.
			expect(description.slice(0, 4)).toEqual([
				u4ssc7[locale].text.title,
				'',
				u4ssc7[locale].text.description,
				'',
			]);
			expect(description.slice(4)).toEqual(lines.map(nb));
		},
	);
});

describe.each([
	['en', 'International meetings'],
	['ru', 'Международные собрания'],
] as const)('the calendar feed (%s)', (locale, name) => {
	// A day after the meeting, well inside the feed's window.
	const ics = calendarFeed([u4ssc7[locale]], locale, site, Date.parse('2023-06-21T00:00:00Z'));
	const { calendar, events } = parseEvents(ics);

	it('is a named, well-folded calendar that asks to be refreshed', () => {
		expectWellFolded(ics);
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(name);
		expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
		expect(ics).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n');
	});

	it('holds every meeting with the same UID as its own file', () => {
		expect(events.map((event) => event.getFirstPropertyValue('uid'))).toEqual([
			'u4ssc-7@meetings.example.org',
		]);
		expect(new ICAL.Event(events[0]!).summary).toBe(u4ssc7[locale].text.shortTitle);
	});

	it('gives each event the notes from "When" on; the meeting’s own file has the whole text', () => {
		const { details } = calendarNotes[locale];
		const own = parseEvents(meetingCalendar(u4ssc7[locale], site)).events[0]!;
		expect(new ICAL.Event(own).description).toBe(details);
		expect(new ICAL.Event(events[0]!).description).toBe(details.split('\n').slice(4).join('\n'));
		expect(new ICAL.Event(events[0]!).description).not.toContain(u4ssc7[locale].text.title);
	});
});

describe('key deadlines in the meeting’s calendar file', () => {
	it.each([
		['en', 'Deadline: submit contributions (3rd FG-DT4C meeting)'],
		['ru', 'Крайний срок: представление вкладов (Третье собрание FG-DT4C)'],
	] as const)('are all-day events on their dates, after the meeting (%s)', (locale, summary) => {
		const ics = meetingCalendar(fixtureMeeting('fg-dt4c-3', locale), site);
		expectWellFolded(ics);
		const { events } = parseEvents(ics);
		expect(events).toHaveLength(4);
		const [meeting, ...deadlines] = events.map((event) => new ICAL.Event(event));
		expect(meeting!.startDate.isDate).toBe(false);
		expect(
			deadlines.map((event) => [
				event.uid,
				event.startDate.isDate,
				event.startDate.toString(),
				event.endDate.toString(),
			]),
		).toEqual([
			['fg-dt4c-3/deadline/fellowships@meetings.example.org', true, '2018-01-15', '2018-01-16'],
			['fg-dt4c-3/deadline/visa@meetings.example.org', true, '2018-01-26', '2018-01-27'],
			['fg-dt4c-3/deadline/contributions@meetings.example.org', true, '2018-02-16', '2018-02-17'],
		]);
		expect(deadlines[2]!.summary).toBe(summary);
		expect(ics).toContain('DTSTART;VALUE=DATE:20180216\r\nDTEND;VALUE=DATE:20180217\r\n');
		expect(ics.match(/TRANSP:TRANSPARENT/g)).toHaveLength(3);
	});

	it('adds none for a meeting without key deadlines', () => {
		expect(parseEvents(meetingCalendar(u4ssc7.en, site)).events).toHaveLength(1);
	});
});
