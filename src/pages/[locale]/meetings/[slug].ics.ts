// /en/meetings/<slug>.ics: one meeting's calendar file, in the language of the URL.
import type { APIRoute, GetStaticPaths } from 'astro';

import { getMeetings, meetingContent, type LocalizedMeeting } from '../../../data/meetings.ts';
import { locales } from '../../../i18n/locales.ts';
import { meetingCalendar } from '../../../lib/meeting-calendar.ts';
import { requireSite } from '../../../lib/seo.ts';

export const getStaticPaths = (async () => {
	const perLocale = await Promise.all(locales.map((locale) => getMeetings(locale)));
	return perLocale.flat().map((meeting) => ({
		params: { locale: meeting.locale, slug: meeting.slug },
		props: { meeting },
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ meeting: LocalizedMeeting }> = ({ props, site }) =>
	new Response(meetingCalendar(meetingContent(props.meeting), requireSite(site)), {
		headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
	});
