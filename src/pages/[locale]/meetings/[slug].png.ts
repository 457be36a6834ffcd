// /en/meetings/<slug>.png: the meeting's 1200×630 share preview, drawn from its content.
import type { APIRoute, GetStaticPaths } from 'astro';

import { meetingPaths } from '../../../data/meetings.ts';
import { requireSite } from '../../../lib/seo/links.ts';
import {
	renderShareImage,
	shareImageKey,
	shareImageText,
	type ShareImageText,
} from '../../../lib/share-image/share-image.ts';

/** Each card's cache key is its image-cache key: what it shows and what draws it. */
export const getStaticPaths = (async () => {
	const { host } = requireSite(import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined);
	return (await meetingPaths()).map(({ params, props }) => {
		const text = shareImageText(props.meeting, host);
		return { params, props: { text }, cacheKey: shareImageKey(text) };
	});
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: ShareImageText }> = async ({ props }) => {
	const png = await renderShareImage(props.text);
	// A copy on a plain ArrayBuffer, which is what Response's types accept.
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
