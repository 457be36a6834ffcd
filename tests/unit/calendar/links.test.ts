import { describe, expect, it } from 'vitest';

import { googleCalendarUrl, outlookCalendarUrl } from '../../../src/lib/calendar/links.ts';
import { calendarEntry } from '../../../src/lib/calendar/events.ts';
import { site, u4ssc7 } from '../../helpers/meetings.ts';

const meetingLink = 'https://u4ssc.itu.int/latest-meetings/7th-meeting/';

/**
 * What the calendar app shows as the event's title and its notes, word for word: the short title,
 * then the full title, the description, when it is in the meeting's zone and how to take part, typeset (no-break spaces as \u00a0).
 */
const shown = {
	en: {
		title: '7th U4SSC meeting',
		details: [
			'7th meeting of\u00a0the\u00a0United for\u00a0Smart Sustainable Cities initiative (U4SSC)',
			'',
			'The\u00a0seventh meeting of\u00a0the\u00a0U4SSC initiative will be\u00a0held virtually on\u00a020\u00a0June 2023. It\u00a0will provide an\u00a0update on\u00a0the\u00a0thematic groups, present the\u00a0latest publications and\u00a0KPI implementations, and\u00a0approve the\u00a0appointment of\u00a0the\u00a0new management team and\u00a0the\u00a0annual work plan for\u00a02023–2024.',
			'',
			'When: 20\u00a0June 2023, 09:30–16:00 Geneva time (CEST, UTC+2)',
			'Format: virtual (online)',
			'Language: English only',
			'Registration is\u00a0mandatory.',
			`Programme, registration and\u00a0how to\u00a0connect: ${meetingLink}`,
			'Announcement: https://meetings.example.org/en/meetings/u4ssc-7/',
			'Contact: u4ssc@itu.int, +41 22 730 6301',
		].join('\n'),
	},
	ru: {
		title: 'Седьмое собрание U4SSC',
		details: [
			'Седьмое собрание в\u00a0рамках инициативы «Объединение усилий в\u00a0целях построения „умных“ устойчивых городов» (U4SSC)',
			'',
			'Седьмое собрание в\u00a0рамках инициативы U4SSC будет проходить в\u00a0виртуальном формате 20\u00a0июня 2023\u00a0г. Будет представлена обновленная информация о\u00a0работе тематических групп, публикациях и\u00a0внедрении KPI U4SSC, будут утверждены назначение новой команды руководства и\u00a0годовой план работы на\u00a02023–2024\u00a0гг.',
			'',
			'Время проведения: 20\u00a0июня 2023\u00a0г., 09:30–16:00 (Женева, CEST, UTC+2)',
			'Формат: виртуальный (онлайн)',
			'Язык: только английский',
			'Регистрация обязательна.',
			`Программа, регистрация и\u00a0подключение: ${meetingLink}`,
			'Объявление: https://meetings.example.org/ru/meetings/u4ssc-7/',
			'Контактная информация: u4ssc@itu.int, +41 22 730 6301',
		].join('\n'),
	},
};

describe.each(['en', 'ru'] as const)(
	'add-to-calendar links for the 7th U4SSC meeting (%s)',
	(locale) => {
		const entry = calendarEntry(u4ssc7[locale], site);
		const { title, details } = shown[locale];
		// The links leave out the full title and the description; the .ics file keeps them.
		const briefDetails = details.split('\n').slice(4).join('\n');

		it('keeps the whole text for the .ics file, and for the links all but the title and description', () => {
			expect(entry.details).toBe(details);
			expect(entry.briefDetails).toBe(briefDetails);
		});

		it('gives Google Calendar the title, the UTC window, the details and the meeting link', () => {
			const url = new URL(googleCalendarUrl(entry));
			expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
			expect(url.searchParams.get('action')).toBe('TEMPLATE');
			expect(url.searchParams.get('text')).toBe(title);
			expect(url.searchParams.get('dates')).toBe('20230620T073000Z/20230620T140000Z');
			expect(url.searchParams.get('location')).toBe(meetingLink);
			expect(url.searchParams.get('details')).toBe(briefDetails);
		});

		it.each([
			['live', 'https://outlook.live.com/calendar/deeplink/compose'],
			['office', 'https://outlook.office.com/calendar/deeplink/compose'],
		] as const)('gives Outlook (%s) the same facts with ISO UTC times', (host, base) => {
			const url = new URL(outlookCalendarUrl(entry, host));
			expect(url.origin + url.pathname).toBe(base);
			expect(url.searchParams.get('rru')).toBe('addevent');
			expect(url.searchParams.get('path')).toBe('/calendar/action/compose');
			expect(url.searchParams.get('subject')).toBe(title);
			expect(url.searchParams.get('startdt')).toBe('2023-06-20T07:30:00Z');
			expect(url.searchParams.get('enddt')).toBe('2023-06-20T14:00:00Z');
			expect(url.searchParams.get('location')).toBe(meetingLink);
			expect(url.searchParams.get('body')).toBe(briefDetails);
		});

		it('percent-encodes every value: no raw spaces, plus signs, Cyrillic or line breaks', () => {
			for (const link of [
				googleCalendarUrl(entry),
				outlookCalendarUrl(entry, 'live'),
				outlookCalendarUrl(entry, 'office'),
			]) {
				expect(link).not.toMatch(/[\s+\u0400-\u04FF]/);
				// "+41 22 …" survives as a plus sign, not as a space.
				expect(link).toContain('%2B41%2022%20730%206301');
			}
		});
	},
);
