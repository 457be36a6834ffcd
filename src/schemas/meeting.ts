// The language-neutral facts of one meeting (`content/meetings/<slug>/meeting.json`). Read at
// build time and by `npm run check:content`, like every schema in src/schemas.

import { DateTime } from 'luxon';

import {
	httpsUrl,
	ianaTimeZone,
	isIanaTimeZone,
	isoDate,
	languageTag,
	localDateTime,
	slug,
	text,
} from './common.ts';
import { ContactsSchema } from './contact.ts';
import * as z from './zod.ts';

export const meetingFormats = ['virtual', 'in-person', 'hybrid'] as const;

export const SessionSchema = z
	.strictObject({
		id: slug.describe(
			'Key of the session; each language file gives its title under `programme.<id>`',
		),
		start: localDateTime.describe('Local start in the meeting’s time zone: 2023-06-20T09:30'),
		end: localDateTime.describe('Local end in the meeting’s time zone: 2023-06-20T10:15'),
		parallel: z
			.boolean()
			.optional()
			.describe('true when the session runs at the same time as others (breakout rooms)'),
		speakers: z.array(text).optional().describe('Names of the speakers, as they write them'),
		moderators: z.array(text).optional().describe('Names of the moderators, as they write them'),
	})
	.describe('One timed session of the programme');

export const ScheduleSchema = z
	.strictObject({
		start: localDateTime.describe(
			'When the meeting starts, local time in `timeZone`: 2023-06-20T09:30',
		),
		end: localDateTime.describe(
			'When the meeting ends, local time in `timeZone`: 2023-06-20T16:00',
		),
		timeZone: ianaTimeZone.describe(
			'IANA zone the times are given in, e.g. Europe/Zurich for Geneva; the label (CEST) is derived',
		),
		programme: z
			.array(SessionSchema)
			.optional()
			.describe(
				'Timed sessions, in order, in the same time zone; titles are in each language file',
			),
	})
	.superRefine((schedule, ctx) => {
		if (schedule.programme) checkProgramme(schedule.programme, schedule, ctx);
		if (!isIanaTimeZone(schedule.timeZone)) return;
		const start = localInstant(schedule.start, schedule.timeZone);
		const end = localInstant(schedule.end, schedule.timeZone);
		for (const [field, read] of [
			['start', start],
			['end', end],
		] as const) {
			if ('problem' in read) ctx.addIssue({ code: 'custom', path: [field], message: read.problem });
		}
		if (!('instant' in start) || !('instant' in end)) return;
		if (end.instant <= start.instant) {
			ctx.addIssue({
				code: 'custom',
				path: ['end'],
				message: `the meeting must end after it starts (start ${schedule.start}, end ${schedule.end})`,
			});
			return;
		}
		const days = end.instant.diff(start.instant, 'days').days;
		if (days > maxMeetingDays) {
			ctx.addIssue({
				code: 'custom',
				path: ['end'],
				message: `makes the meeting last ${describeDays(days)} (${schedule.start} to ${schedule.end}); a meeting lasts at most ${maxMeetingDays} days, so check the end's date, its year above all`,
			});
		}
	})
	.describe('When the meeting takes place: local start and end plus the IANA time zone');

export const KeyDeadlineSchema = z
	.strictObject({
		id: slug.describe(
			'Key of the deadline; each language file says what is due under `keyDeadlines.<id>`',
		),
		date: isoDate.describe('The last day, in the meeting’s time zone: 2018-01-15'),
	})
	.describe('A date by which participants must do something');

export const OrganizerSchema = z
	.strictObject({
		id: slug.describe(
			'Key of this organisation; each language file gives its name under `organizers.<id>`',
		),
		role: z
			.enum(['organizer', 'co-organizer'])
			.describe('`organizer` convenes the meeting; `co-organizer` organises it together with them'),
		url: httpsUrl.describe('Website of the organisation'),
	})
	.describe('An organisation that organises the meeting');

export const MeetingSchema = z
	.strictObject({
		$schema: z.string().optional().describe('Path of the JSON Schema, for editors'),
		series: z
			.strictObject({
				id: slug.describe('The meeting series, e.g. u4ssc'),
				number: z.int().positive().describe('Which meeting of the series this is: 7 for the 7th'),
			})
			.describe('The series the meeting belongs to'),
		circular: z
			.strictObject({
				number: z
					.int()
					.positive()
					.describe('Number of the circular that announces the meeting: 92'),
				date: isoDate
					.refine((date) => date >= '1990-01-01' && date <= '2099-12-31', {
						error: (issue) =>
							`${String(issue.input)} is not a plausible date for a circular (1990–2099); check the year`,
					})
					.describe('Date the circular was issued: 2023-05-02'),
			})
			.describe('The official announcement; its reference and place are in each language file'),
		organizers: z
			.array(OrganizerSchema)
			.min(1, { error: 'list at least one organiser' })
			.superRefine((organizers, ctx) => {
				checkUniqueIds(organizers, ctx, (id) => `"${id}" is listed twice`);
				if (!organizers.some((organizer) => organizer.role === 'organizer')) {
					ctx.addIssue({ code: 'custom', message: 'one organiser must have the role "organizer"' });
				}
			})
			.describe('Who organises the meeting'),
		initiative: z
			.strictObject({
				url: httpsUrl.describe('Website of the initiative: https://u4ssc.itu.int/'),
				unAgencies: z
					.int()
					.positive()
					.describe('How many UN agencies and programmes support it: 19'),
				sdg: z.int().min(1).max(17).describe('The Sustainable Development Goal it serves: 11'),
			})
			.optional()
			.describe(
				'The initiative behind the meeting series; leave out for meetings of no initiative (TSAG, study groups)',
			),
		format: z.enum(meetingFormats).describe('virtual, in-person or hybrid'),
		workingLanguages: z
			.array(languageTag)
			.min(1, { error: 'list at least one working language' })
			.describe('Languages the meeting is held in, as codes: ["en"]'),
		schedule: ScheduleSchema,
		keyDeadlines: z
			.array(KeyDeadlineSchema)
			.min(1, { error: 'list at least one deadline, or leave keyDeadlines out' })
			.superRefine((deadlines, ctx) =>
				checkUniqueIds(deadlines, ctx, (id) => `"${id}" is used by two deadlines`),
			)
			.optional()
			.describe(
				'Dates by which participants must act (register, request a visa, submit contributions), earliest first; what is due is in each language file under `keyDeadlines.<id>`',
			),
		participation: z
			.strictObject({
				free: z.boolean().describe('true when taking part costs nothing'),
				registrationRequired: z.boolean().describe('true when participants must register'),
			})
			.describe('Conditions of participation; who may take part is in each language file'),
		links: z
			.strictObject({
				meeting: httpsUrl.describe(
					'Page of the meeting: programme, speakers, remote participation',
				),
				registration: httpsUrl.describe('Where to register'),
			})
			.describe('Where to read more and register'),
		contacts: ContactsSchema,
		revision: z
			.int()
			.min(0)
			.optional()
			.describe(
				'Raise by one each time a published meeting changes (time, place, links) so that calendars which imported it take the change; leave out for the first announcement',
			),
	})
	.describe('Language-neutral facts of one meeting');

// Astro extends the top-level object (adding `$schema`), which zod forbids on refined objects,
// so cross-field rules live on the nested objects they concern.
type Context = z.core.$RefinementCtx<unknown>;

/** Each id once: a second use is reported at its own `id`. */
function checkUniqueIds(items: { id: string }[], ctx: Context, message: (id: string) => string) {
	const seen = new Set<string>();
	items.forEach((item, index) => {
		if (seen.has(item.id)) {
			ctx.addIssue({ code: 'custom', path: [index, 'id'], message: message(item.id) });
		}
		seen.add(item.id);
	});
}

/** A meeting lasts a few days, a summit two weeks at most; anything longer is a typing mistake. */
export const maxMeetingDays = 28;

function describeDays(days: number): string {
	return days >= 730 ? `about ${Math.round(days / 365.25)} years` : `${Math.ceil(days)} days`;
}

/**
 * A local wall-clock time in `zone` as an instant, or why it names none or two: clocks going
 * forward skip an hour (Luxon moves such a time later) and clocks going back repeat one.
 */
export function localInstant(
	local: string,
	zone: string,
): { instant: DateTime } | { problem: string } | { invalid: true } {
	const read = DateTime.fromISO(local, { zone });
	if (!read.isValid) return { invalid: true };
	if (read.toFormat("yyyy-MM-dd'T'HH:mm") !== local) {
		return { problem: `${local} does not exist in ${zone}: the clocks skip that hour` };
	}
	if (read.getPossibleOffsets().length > 1) {
		return {
			problem: `${local} happens twice in ${zone} (the clocks go back that night); choose another time`,
		};
	}
	return { instant: read };
}

/** Sessions lie inside the meeting's window, have unique ids and, unless parallel, do not overlap. */
function checkProgramme(programme: Session[], schedule: Omit<Schedule, 'programme'>, ctx: Context) {
	if (!isIanaTimeZone(schedule.timeZone)) return;
	const read = (local: string) => DateTime.fromISO(local, { zone: schedule.timeZone });
	const meetingStart = read(schedule.start);
	const meetingEnd = read(schedule.end);
	const seen = new Set<string>();
	const timed = programme.map((session, index) => ({
		session,
		index,
		start: read(session.start),
		end: read(session.end),
	}));
	for (const { session, index, start, end } of timed) {
		const at = (field: string) => ['programme', index, field];
		if (seen.has(session.id)) {
			ctx.addIssue({
				code: 'custom',
				path: at('id'),
				message: `"${session.id}" is used by two sessions`,
			});
		}
		seen.add(session.id);
		if (!start.isValid || !end.isValid) continue;
		// The same clock-change check as the meeting's own start and end, naming the session.
		let exists = true;
		for (const field of ['start', 'end'] as const) {
			const checked = localInstant(session[field], schedule.timeZone);
			if ('problem' in checked) {
				exists = false;
				ctx.addIssue({
					code: 'custom',
					path: at(field),
					message: `session "${session.id}": ${checked.problem}`,
				});
			}
		}
		if (!exists) continue;
		if (end <= start) {
			ctx.addIssue({
				code: 'custom',
				path: at('end'),
				message: 'the session must end after it starts',
			});
		}
		if (start < meetingStart || end > meetingEnd) {
			ctx.addIssue({
				code: 'custom',
				path: at(start < meetingStart ? 'start' : 'end'),
				message: `session "${session.id}" (${session.start}–${session.end}) lies outside the meeting (${schedule.start}–${schedule.end})`,
			});
		}
	}
	const sequential = timed.filter(({ session }) => !session.parallel);
	for (const a of sequential) {
		for (const b of sequential) {
			if (a.index < b.index && a.start < b.end && b.start < a.end) {
				ctx.addIssue({
					code: 'custom',
					path: ['programme', b.index, 'start'],
					message: `session "${b.session.id}" overlaps "${a.session.id}"; mark both "parallel": true if they run side by side`,
				});
			}
		}
	}
}

export type Meeting = z.output<typeof MeetingSchema>;
export type Schedule = z.output<typeof ScheduleSchema>;
export type Session = z.output<typeof SessionSchema>;
export type KeyDeadline = z.output<typeof KeyDeadlineSchema>;
export type MeetingFormat = (typeof meetingFormats)[number];
