// /en/meetings/<slug>.ics: one meeting's calendar file, in the language of the URL.
import type { APIRoute, GetStaticPaths } from 'astro';

import { meetingPaths, type LocalizedMeeting } from '../../../data/meetings.ts';
import { meetingCalendar } from '../../../lib/calendar/events.ts';
import { requireSite } from '../../../lib/seo/links.ts';

export const getStaticPaths = meetingPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ meeting: LocalizedMeeting }> = ({ props, site }) =>
	new Response(meetingCalendar(props.meeting, requireSite(site)), {
		headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
	});
