// The rows of a meeting's timed programme, worked out at build time: each session's window in the
// meeting's zone, the date above the first session of each day when the meeting spans several,
// and the offset in force for each session when the meeting's clocks change during it.

import type { Locale } from '../../i18n/locales.ts';
import type { Schedule, Session } from '../../schemas/meeting.ts';
import {
	formatLongDate,
	formatWindowZone,
	isSameDay,
	meetingWindow,
	type MeetingWindow,
} from './meeting-time.ts';

export interface ProgrammeRow {
	session: Session;
	window: MeetingWindow;
	/** "Tuesday, 23 September 2025" above the first session of a day, over several days. */
	day: string | undefined;
	/** "CET, UTC+1" for each session when the clocks change during the meeting. */
	zone: string | undefined;
}

/** One row per session, in the order given; `schedule` is the whole meeting's. */
export function programmeRows(
	sessions: readonly Session[],
	schedule: Schedule,
	locale: Locale,
): ProgrammeRow[] {
	const whole = meetingWindow(schedule);
	const severalDays = !isSameDay(whole);
	const clocksChange = whole.start.offset !== whole.end.offset;
	return sessions.map((session, index) => {
		const window = meetingWindow({
			start: session.start,
			end: session.end,
			timeZone: schedule.timeZone,
		});
		const previous = sessions[index - 1];
		// Over several days, each day opens with its date so "09:30" is never ambiguous.
		const newDay =
			severalDays && (!previous || previous.start.slice(0, 10) !== session.start.slice(0, 10));
		return {
			session,
			window,
			day: newDay ? formatLongDate(window.start, locale) : undefined,
			zone: clocksChange ? formatWindowZone(window, locale) : undefined,
		};
	});
}
