// /en/calendar.ics: upcoming meetings and those of the last 12 months in one language, for calendar apps to subscribe to (webcal://).
import type { APIRoute, GetStaticPaths } from 'astro';

import { getMeetings } from '../../data/meetings.ts';
import { locales, type Locale } from '../../i18n/locales.ts';
import { buildNow } from '../../lib/archive/clock.ts';
import { calendarFeed } from '../../lib/calendar/events.ts';
import { requireSite } from '../../lib/seo/links.ts';

export const getStaticPaths = (() =>
	locales.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
	const locale = params.locale as Locale;
	const meetings = await getMeetings(locale);
	return new Response(calendarFeed(meetings, locale, requireSite(site), buildNow()), {
		headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
	});
};
