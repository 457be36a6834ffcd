import { describe, expect, it } from 'vitest';

import { MeetingSchema } from '../../../src/schemas/meeting.ts';
import { readFacts, variant } from '../../helpers/content.ts';

const facts = readFacts('u4ssc-7');

/** The issues zod reports, as `path: message` lines, for exact and readable assertions. */
function problems(input: unknown): string[] {
	const result = MeetingSchema.safeParse(input);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('MeetingSchema', () => {
	it('accepts the facts of the 7th U4SSC meeting as published', () => {
		const meeting = MeetingSchema.parse(facts);
		expect(meeting.schedule).toEqual({
			start: '2023-06-20T09:30',
			end: '2023-06-20T16:00',
			timeZone: 'Europe/Zurich',
		});
		expect(meeting.contacts).toEqual({
			phone: '+41 22 730 6301',
			fax: '+41 22 730 5853',
			email: 'u4ssc@itu.int',
		});
		expect(meeting.organizers.map((o) => o.id)).toEqual(['itu', 'unece', 'un-habitat']);
		expect(meeting.initiative).toEqual({ url: 'https://u4ssc.itu.int/', unAgencies: 19, sdg: 11 });
		expect(meeting.circular).toEqual({ number: 92, date: '2023-05-02' });
	});

	it.each([
		[
			'a misspelt key',
			(m: any) => (m.participation.registrationRequird = true),
			'participation: "registrationRequird" is not a field here; did you mean "registrationRequired"? Correct the spelling',
		],
		[
			'an abbreviation instead of a zone',
			(m: any) => (m.schedule.timeZone = 'CEST'),
			'schedule.timeZone: "CEST" is not an IANA time zone: write a zone name such as "Europe/Zurich" (for Geneva), not an abbreviation like CEST',
		],
		[
			'a zone that does not exist',
			(m: any) => (m.schedule.timeZone = 'Europe/Geneva'),
			'schedule.timeZone: "Europe/Geneva" is not an IANA time zone: write a zone name such as "Europe/Zurich" (for Geneva), not an abbreviation like CEST',
		],
		[
			'an end before the start',
			(m: any) => (m.schedule.end = '2023-06-20T09:00'),
			'schedule.end: the meeting must end after it starts (start 2023-06-20T09:30, end 2023-06-20T09:00)',
		],
		[
			'an end equal to the start',
			(m: any) => (m.schedule.end = m.schedule.start),
			'schedule.end: the meeting must end after it starts (start 2023-06-20T09:30, end 2023-06-20T09:30)',
		],
		[
			'a start in the hour skipped when clocks go forward',
			(m: any) => Object.assign(m.schedule, { start: '2023-03-26T02:30', end: '2023-03-26T04:00' }),
			'schedule.start: 2023-03-26T02:30 does not exist in Europe/Zurich: the clocks skip that hour',
		],
		[
			'a start in the hour repeated when clocks go back',
			(m: any) => Object.assign(m.schedule, { start: '2023-10-29T02:30', end: '2023-10-29T04:00' }),
			'schedule.start: 2023-10-29T02:30 happens twice in Europe/Zurich (the clocks go back that night); choose another time',
		],
		[
			'a date that is not in the calendar',
			(m: any) => (m.circular.date = '2023-02-30'),
			'circular.date: 2023-02-30 is not a date in the calendar',
		],
		[
			'a time without a date',
			(m: any) => (m.schedule.start = '09:30'),
			'schedule.start: must be a local date and time written YYYY-MM-DDTHH:mm, for example 2023-06-20T09:30',
		],
		[
			'an http link',
			(m: any) => (m.links.meeting = 'http://u4ssc.itu.int/latest-meetings/7th-meeting/'),
			'links.meeting: "http://u4ssc.itu.int/latest-meetings/7th-meeting/" must be an https:// address: plain http:// is not encrypted',
		],
		[
			'a bad e-mail address',
			(m: any) => (m.contacts.email = 'u4ssc@'),
			'contacts.email: "u4ssc@" has "" after the @, which is not a domain; write it like u4ssc@itu.int',
		],
		[
			'a link with a user name and password',
			(m: any) => (m.links.registration = 'https://user:pass@evil.example/'),
			'links.registration: "https://user:pass@evil.example/" has a user name or password before "@" (user:…@), which can hide where the link really leads; remove that part',
		],
		[
			'a link to a look-alike of itu.int with a Cyrillic і',
			(m: any) => (m.organizers[0].url = 'https://www.\u0456tu.int/'),
			'organizers.0.url: "https://www.\u0456tu.int/" mixes Cyrillic and Latin letters in "\u0456tu", as look-alike addresses do',
		],
		[
			'a link with "https:" and no "//"',
			(m: any) => (m.initiative.url = 'https:u4ssc.itu.int'),
			'initiative.url: "https:u4ssc.itu.int" needs "//" after "https:"; write it as https://u4ssc.itu.int',
		],
		[
			'a link with an unencoded space',
			(m: any) => (m.links.meeting = 'https://u4ssc.itu.int/7th meeting/'),
			'links.meeting: "https://u4ssc.itu.int/7th meeting/" has a space in it, which cannot stand in an address as it is; remove it, or write it encoded as %20',
		],
		[
			'a link with an unencoded quote',
			(m: any) => (m.links.meeting = 'https://u4ssc.itu.int/"onmouseover="x'),
			'links.meeting: "https://u4ssc.itu.int/"onmouseover="x" has the character " in it, which cannot stand in an address as it is; remove it, or write it encoded as %22',
		],
		[
			'a link to an IP address',
			(m: any) => (m.links.meeting = 'https://192.168.1.1/'),
			'links.meeting: "https://192.168.1.1/" names the host "192.168.1.1", which is not a domain name',
		],
		[
			'an e-mail address on a look-alike domain',
			(m: any) => (m.contacts.email = 'u4ssc@\u0456tu.int'),
			'contacts.email: "u4ssc@\u0456tu.int" mixes Cyrillic and Latin letters in "\u0456tu"',
		],
		[
			'an Etc/ zone, whose sign is inverted',
			(m: any) => (m.schedule.timeZone = 'Etc/GMT+2'),
			'schedule.timeZone: "Etc/GMT+2" is not allowed: Etc/ names invert the sign (Etc/GMT+2 is two hours behind UTC), so times would be shown hours off; write the zone of the city, such as "Europe/Zurich" for Geneva, or "UTC"',
		],
		[
			'an Etc/ zone without an offset',
			(m: any) => (m.schedule.timeZone = 'Etc/GMT'),
			'schedule.timeZone: "Etc/GMT" is not allowed: Etc/ names invert the sign',
		],
		[
			'an end written 24:00',
			(m: any) => (m.schedule.end = '2023-06-20T24:00'),
			"schedule.end: 2023-06-20T24:00: a day's clock ends at 23:59; for midnight at the end of that day write 2023-06-21T00:00",
		],
		[
			'an end 180 years after the start',
			(m: any) => (m.schedule.end = '2203-06-20T16:00'),
			"schedule.end: makes the meeting last about 180 years (2023-06-20T09:30 to 2203-06-20T16:00); a meeting lasts at most 28 days, so check the end's date, its year above all",
		],
		[
			'a meeting of five weeks',
			(m: any) => (m.schedule.end = '2023-07-25T16:00'),
			'schedule.end: makes the meeting last 36 days (2023-06-20T09:30 to 2023-07-25T16:00); a meeting lasts at most 28 days',
		],
		[
			'a circular dated in the year 224',
			(m: any) => (m.circular.date = '0224-05-02'),
			'circular.date: 0224-05-02 is not a plausible date for a circular (1990–2099); check the year',
		],
		[
			'a phone number in local form',
			(m: any) => (m.contacts.phone = '022 730 6301'),
			'contacts.phone: must be an international number like "+41 22 730 6301": a +, the country code, then digit groups separated by single spaces',
		],
		[
			'a phone number with too many digits',
			(m: any) => (m.contacts.fax = '+41 22 730 5853 12345'),
			'contacts.fax: has more than 15 digits, which no international (E.164) number has',
		],
		[
			'an organiser listed twice',
			(m: any) => m.organizers.push({ ...m.organizers[1] }),
			'organizers.3.id: "unece" is listed twice',
		],
		[
			'no convening organiser',
			(m: any) => (m.organizers[0].role = 'co-organizer'),
			'organizers: one organiser must have the role "organizer"',
		],
		[
			'a goal number beyond the 17 SDGs',
			(m: any) => (m.initiative.sdg = 18),
			'initiative.sdg: is the number 18; it must be at most 17 (The Sustainable Development Goal it serves: 11)',
		],
		[
			'a language name instead of a code',
			(m: any) => (m.workingLanguages = ['English']),
			'workingLanguages.0: "English" is not a language code such as "en" or "ru"',
		],
		[
			'an unknown format',
			(m: any) => (m.format = 'online'),
			'format: is the text "online"; it must be one of "virtual", "in-person", "hybrid"',
		],
	])('rejects %s, naming the field in an editor’s words', (_, change, expected) => {
		const found = problems(variant(facts, change));
		expect(
			found.some((line) => line.startsWith(expected)),
			found.join('\n'),
		).toBe(true);
	});

	it.each([
		[
			'a link with an internationalised domain',
			'https://пример.рф/',
			'https://xn--e1afmkfd.xn--p1ai/',
		],
		['a link in punycode', 'https://xn--e1afmkfd.xn--p1ai/', 'https://xn--e1afmkfd.xn--p1ai/'],
		['a link with capitals in the host', 'https://WWW.ITU.int/en/', 'https://www.itu.int/en/'],
		[
			'a link with a Cyrillic path',
			'https://ru.wikipedia.org/wiki/Женева',
			'https://ru.wikipedia.org/wiki/%D0%96%D0%B5%D0%BD%D0%B5%D0%B2%D0%B0',
		],
	])('accepts %s, stored in its normalised form', (_, written, stored) => {
		const meeting = MeetingSchema.parse(variant(facts, (m: any) => (m.links.meeting = written)));
		expect(meeting.links.meeting).toBe(stored);
	});

	it.each([
		['info@example.xn--p1ai', 'info@example.xn--p1ai'],
		['info@пример.рф', 'info@xn--e1afmkfd.xn--p1ai'],
		["o'brien@ITU.int", "o'brien@itu.int"],
	])('accepts the e-mail address %s, stored as %s', (written, stored) => {
		const meeting = MeetingSchema.parse(variant(facts, (m: any) => (m.contacts.email = written)));
		expect(meeting.contacts.email).toBe(stored);
	});

	it('accepts UTC and Etc/UTC for a meeting held on no city’s clock', () => {
		for (const timeZone of ['UTC', 'Etc/UTC']) {
			expect(problems(variant(facts, (m: any) => (m.schedule.timeZone = timeZone)))).toEqual([]);
		}
	});

	describe('programme', () => {
		const session = (id: string, start: string, end: string, extra = {}) => ({
			id,
			start: `2023-06-20T${start}`,
			end: `2023-06-20T${end}`,
			...extra,
		});
		const withProgramme = (programme: unknown[]) =>
			problems({ ...facts, schedule: { ...(facts['schedule'] as object), programme } });

		it('accepts sessions inside the window, in parallel where marked', () => {
			expect(
				withProgramme([
					session('opening', '09:30', '10:00', { moderators: ['A. Moderator'] }),
					session('room-a', '10:00', '12:00', { parallel: true }),
					session('room-b', '10:00', '12:00', { parallel: true, speakers: ['B. Speaker'] }),
					session('closing', '15:30', '16:00'),
				]),
			).toEqual([]);
		});

		it.each([
			[
				'a session outside the meeting',
				[session('late', '15:30', '16:30')],
				'schedule.programme.0.end: session "late" (2023-06-20T15:30–2023-06-20T16:30) lies outside the meeting (2023-06-20T09:30–2023-06-20T16:00)',
			],
			[
				'overlapping sessions not marked parallel',
				[session('a', '10:00', '11:00'), session('b', '10:30', '11:30')],
				'schedule.programme.1.start: session "b" overlaps "a"; mark both "parallel": true if they run side by side',
			],
			[
				'a session that ends before it starts',
				[session('a', '11:00', '10:00')],
				'schedule.programme.0.end: the session must end after it starts',
			],
			[
				'a session ending in the hour skipped when clocks go forward',
				[
					{ id: 'night-watch', start: '2024-03-31T01:00', end: '2024-03-31T02:15' },
					{ id: 'dawn', start: '2024-03-31T02:30', end: '2024-03-31T04:00' },
				],
				'schedule.programme.0.end: session "night-watch": 2024-03-31T02:15 does not exist in Europe/Zurich: the clocks skip that hour',
			],
			[
				'a session starting in the hour skipped when clocks go forward',
				[{ id: 'dawn', start: '2024-03-31T02:30', end: '2024-03-31T04:00' }],
				'schedule.programme.0.start: session "dawn": 2024-03-31T02:30 does not exist in Europe/Zurich: the clocks skip that hour',
			],
			[
				'a session starting in the hour repeated when clocks go back',
				[{ id: 'late', start: '2024-10-27T02:30', end: '2024-10-27T04:00' }],
				'schedule.programme.0.start: session "late": 2024-10-27T02:30 happens twice in Europe/Zurich (the clocks go back that night); choose another time',
			],
			[
				'two sessions with one id',
				[session('a', '10:00', '11:00'), session('a', '11:00', '12:00')],
				'schedule.programme.1.id: "a" is used by two sessions',
			],
		])('rejects %s', (_, programme, expected) => {
			expect(withProgramme(programme)).toContain(expected);
		});

		it('checks the clock change of sessions in a meeting across one', () => {
			const night = {
				...facts,
				circular: { number: 1, date: '2024-02-01' },
				schedule: {
					start: '2024-03-30T20:00',
					end: '2024-03-31T10:00',
					timeZone: 'Europe/Zurich',
					programme: [
						{ id: 'evening', start: '2024-03-30T20:00', end: '2024-03-31T01:30' },
						{ id: 'morning', start: '2024-03-31T03:00', end: '2024-03-31T10:00' },
					],
				},
			};
			expect(problems(night)).toEqual([]);
		});
	});
});
