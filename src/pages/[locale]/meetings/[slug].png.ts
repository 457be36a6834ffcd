// /en/meetings/<slug>.png: the meeting's 1200×630 share preview, drawn from its content.
import type { APIRoute, GetStaticPaths } from 'astro';

import { getMeetings, meetingContent, type LocalizedMeeting } from '../../../data/meetings.ts';
import { locales } from '../../../i18n/locales.ts';
import { renderShareImage, shareImageText } from '../../../lib/share-image.ts';
import { requireSite } from '../../../lib/seo.ts';

export const getStaticPaths = (async () => {
	const perLocale = await Promise.all(locales.map((locale) => getMeetings(locale)));
	return perLocale.flat().map((meeting) => ({
		params: { locale: meeting.locale, slug: meeting.slug },
		props: { meeting },
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ meeting: LocalizedMeeting }> = async ({ props, site }) => {
	const text = shareImageText(meetingContent(props.meeting), requireSite(site).host);
	const png = await renderShareImage(text);
	// A copy on a plain ArrayBuffer, which is what Response's types accept.
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
