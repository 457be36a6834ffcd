import { describe, expect, it } from 'vitest';

import { googleCalendarUrl, outlookCalendarUrl } from '../../../src/lib/calendar/links.ts';
import { calendarEntry } from '../../../src/lib/calendar/events.ts';
import { calendarNotes as shown, meetingLink } from '../../helpers/calendar-notes.ts';
import { site, u4ssc7 } from '../../helpers/meetings.ts';

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
