import { describe, expect, it } from 'vitest';

import { googleCalendarUrl, outlookCalendarUrl } from '../../../src/lib/calendar/links.ts';
import { calendarEntry } from '../../../src/lib/calendar/events.ts';
import { site, u4ssc7 } from '../../helpers/meetings.ts';

const meetingLink = 'https://u4ssc.itu.int/latest-meetings/7th-meeting/';

describe.each(['en', 'ru'] as const)(
	'add-to-calendar links for the 7th U4SSC meeting (%s)',
	(locale) => {
		const meeting = u4ssc7[locale];
		const entry = calendarEntry(meeting, site);

		it('gives Google Calendar the title, the UTC window, the details and the meeting link', () => {
			const url = new URL(googleCalendarUrl(entry));
			expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
			expect(url.searchParams.get('action')).toBe('TEMPLATE');
			expect(url.searchParams.get('text')).toBe(meeting.text.shortTitle);
			expect(url.searchParams.get('dates')).toBe('20230620T073000Z/20230620T140000Z');
			expect(url.searchParams.get('location')).toBe(meetingLink);
			const details = url.searchParams.get('details')!;
			expect(details.startsWith(`${meeting.text.title}\n\n${meeting.text.description}\n\n`)).toBe(
				true,
			);
			expect(details).toContain(`https://meetings.example.org/${locale}/meetings/u4ssc-7/`);
			expect(details).toContain('u4ssc@itu.int');
		});

		it.each([
			['live', 'https://outlook.live.com/calendar/deeplink/compose'],
			['office', 'https://outlook.office.com/calendar/deeplink/compose'],
		] as const)('gives Outlook (%s) the same facts with ISO UTC times', (host, base) => {
			const url = new URL(outlookCalendarUrl(entry, host));
			expect(url.origin + url.pathname).toBe(base);
			expect(url.searchParams.get('rru')).toBe('addevent');
			expect(url.searchParams.get('path')).toBe('/calendar/action/compose');
			expect(url.searchParams.get('subject')).toBe(meeting.text.shortTitle);
			expect(url.searchParams.get('startdt')).toBe('2023-06-20T07:30:00Z');
			expect(url.searchParams.get('enddt')).toBe('2023-06-20T14:00:00Z');
			expect(url.searchParams.get('location')).toBe(meetingLink);
			expect(url.searchParams.get('body')).toBe(entry.details);
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
