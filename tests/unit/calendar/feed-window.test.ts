// The calendar feed holds upcoming meetings and those of the last 12 months; older meetings keep
// only their own .ics file.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

import { calendarFeed, inCalendarFeed } from '../../../src/lib/calendar/events.ts';
import { generatedMeeting } from '../../helpers/generated-meetings.ts';
import { site } from '../../helpers/meetings.ts';

const meeting = (slug: string, start: string, end: string) =>
	generatedMeeting({ slug, start, end }).en;

// Geneva, CET in winter (UTC+1), CEST in summer (UTC+2).
const meetings = [
	meeting('ended-13-months-ago', '2024-05-01T09:00', '2024-05-01T17:00'),
	// Ends 2024-06-01 at 15:00 UTC: one minute before the window opens…
	meeting('ended-just-outside', '2024-06-01T09:00', '2024-06-01T16:59'),
	// …and exactly when it opens.
	meeting('ended-just-inside', '2024-06-01T09:00', '2024-06-01T17:00'),
	meeting('ended-last-month', '2025-05-05T09:00', '2025-05-05T17:00'),
	meeting('in-progress', '2025-06-01T09:00', '2025-06-02T17:00'),
	meeting('upcoming-in-years', '2028-01-10T09:00', '2028-01-10T17:00'),
];
const now = Date.parse('2025-06-01T15:00:00Z');

describe('the calendar feed window', () => {
	it('keeps meetings that ended within the last 12 months, are under way or are ahead', () => {
		expect(meetings.filter((m) => inCalendarFeed(m, now)).map((m) => m.slug)).toEqual([
			'ended-just-inside',
			'ended-last-month',
			'in-progress',
			'upcoming-in-years',
		]);
	});

	it('writes those events, and only those, into the feed, without reminders', () => {
		const ics = calendarFeed(meetings, 'en', site, now);
		const vcalendar = new ICAL.Component(ICAL.parse(ics));
		const events = vcalendar.getAllSubcomponents('vevent');
		expect(events.map((event) => event.getFirstPropertyValue('uid'))).toEqual([
			'ended-just-inside@meetings.example.org',
			'ended-last-month@meetings.example.org',
			'in-progress@meetings.example.org',
			'upcoming-in-years@meetings.example.org',
		]);
		expect(events.every((event) => event.getAllSubcomponents('valarm').length === 0)).toBe(true);
	});
});
