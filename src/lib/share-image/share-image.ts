// The share preview image (1200×630 PNG) of a meeting in one language: who organizes it, the
// title (which names the initiative once), when, the format and whether registration is required,
// all from the content as the page prints it; draw.ts draws it with PT Sans from node_modules, on
// pool.ts's threads, and a build reads it from the cache (cache.ts) when nothing that draws it has
// changed. Build time and Node only, like all of src/lib/share-image.

import { readFileSync } from 'node:fs';

import { useTranslations } from '../../i18n/index.ts';
import { organizerNames, type LocalizedMeeting } from '../meeting.ts';
import { activeImageCache, cachedCard, cardKey, rendererHash, skiaVersion } from './cache.ts';
import { fontFiles, SHARE_IMAGE, type ShareImageText } from './draw.ts';
import drawSource from './draw.ts?raw';
import paletteSource from './palette.ts?raw';
import pngSource from './png.ts?raw';
import { renderInPool } from './pool.ts';
import {
	formatMeetingDate,
	formatMeetingTime,
	formatTimeRange,
	meetingWindow,
} from '../format/meeting-time.ts';

export function shareImageText(meeting: LocalizedMeeting, host: string): ShareImageText {
	const { facts, text, locale } = meeting;
	const t = useTranslations(locale);
	const window = meetingWindow(facts.schedule);
	return {
		organizers: organizerNames(meeting).join(' · '),
		title: text.title,
		date: formatMeetingDate(window, locale),
		time: formatMeetingTime(window, locale, text.timeZonePlace),
		utc: `${formatTimeRange(window, locale, 'UTC')} UTC`,
		format: t(`meeting.format.${facts.format}`),
		registration: t(
			facts.participation.registrationRequired
				? 'meeting.registration.required'
				: 'meeting.registration.optional',
		),
		site: `${t('site.name')} · ${host}`,
		lang: locale,
	};
}

export { SHARE_IMAGE, type ShareImageText };

let renderer: string | undefined;

/** The hash of what draws every card: the font files, the drawing code and Skia. */
export function currentRenderer(): string {
	renderer ??= rendererHash({
		fonts: fontFiles().map((file) => readFileSync(file)),
		sources: [drawSource, paletteSource, pngSource],
		skia: skiaVersion(),
	});
	return renderer;
}

/**
 * The hash of everything that draws the card, which names it in the build's cache; the build
 * serves this card, whether its route draws it, reads it back or is restored from the last build.
 */
export function shareImageKey(text: ShareImageText): string {
	const key = cardKey(text, currentRenderer());
	activeImageCache()?.served.add(key);
	return key;
}

/**
 * The PNG bytes of the preview card: from the build's cache when it has them, otherwise drawn on
 * one of the pool's worker threads.
 */
export function renderShareImage(text: ShareImageText): Promise<Uint8Array> {
	const draw = async () => (await renderInPool(text)).png;
	const cache = activeImageCache();
	if (!cache) return draw();
	return cachedCard(cache, shareImageKey(text), draw);
}
