// /en/meetings/<slug>.png: the meeting's 1200×630 share preview, drawn from its content.
import type { APIRoute, GetStaticPaths } from 'astro';

import { meetingPaths, type LocalizedMeeting } from '../../../data/meetings.ts';
import { renderShareImage, shareImageText } from '../../../lib/share-image/share-image.ts';
import { requireSite } from '../../../lib/seo/links.ts';

export const getStaticPaths = meetingPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ meeting: LocalizedMeeting }> = async ({ props, site }) => {
	const text = shareImageText(props.meeting, requireSite(site).host);
	const png = await renderShareImage(text);
	// A copy on a plain ArrayBuffer, which is what Response's types accept.
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
