import { describe, expect, it } from 'vitest';

import { googleCalendarUrl, outlookCalendarUrl } from '../../../src/lib/calendar/links.ts';
import { calendarEntry } from '../../../src/lib/calendar/events.ts';
import { site, u4ssc7 } from '../../helpers/meetings.ts';

const meetingLink = 'https://u4ssc.itu.int/latest-meetings/7th-meeting/';

/** What the calendar app shows as the event's title and its notes, word for word. */
const shown = {
	en: {
		title: '7th meeting of the United for Smart Sustainable Cities initiative (U4SSC)',
		details: [
			'The U4SSC initiative meets online on 20 June 2023 to review its thematic groups, publications and KPI work, confirm its new management team and adopt its 2023–2024 work plan.',
			'',
			'Registration is mandatory.',
			`Programme, registration and how to connect: ${meetingLink}`,
			'Announcement: https://meetings.example.org/en/meetings/u4ssc-7/',
			'Contacts: u4ssc@itu.int, +41 22 730 6301',
		].join('\n'),
	},
	ru: {
		title:
			'Седьмое собрание инициативы «Объединение усилий в целях построения „умных“ устойчивых городов» (U4SSC)',
		details: [
			'Участники инициативы U4SSC собираются онлайн 20 июня 2023 года, чтобы обсудить работу тематических групп, публикации и внедрение KPI, утвердить новую команду руководства и годовой план на 2023–2024 годы.',
			'',
			'Регистрация обязательна.',
			`Программа, регистрация и подключение: ${meetingLink}`,
			'Объявление: https://meetings.example.org/ru/meetings/u4ssc-7/',
			'Контакты: u4ssc@itu.int, +41 22 730 6301',
		].join('\n'),
	},
};

describe.each(['en', 'ru'] as const)(
	'add-to-calendar links for the 7th U4SSC meeting (%s)',
	(locale) => {
		const entry = calendarEntry(u4ssc7[locale], site);
		const { title, details } = shown[locale];

		it('gives Google Calendar the title, the UTC window, the details and the meeting link', () => {
			const url = new URL(googleCalendarUrl(entry));
			expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
			expect(url.searchParams.get('action')).toBe('TEMPLATE');
			expect(url.searchParams.get('text')).toBe(title);
			expect(url.searchParams.get('dates')).toBe('20230620T073000Z/20230620T140000Z');
			expect(url.searchParams.get('location')).toBe(meetingLink);
			expect(url.searchParams.get('details')).toBe(details);
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
			expect(url.searchParams.get('body')).toBe(details);
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
