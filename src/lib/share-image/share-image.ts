// The share preview image (1200×630 PNG) of a meeting in one language: the text comes from the
// content, share-image-render.ts draws it with PT Sans read from node_modules (no network).

import { useTranslations } from '../../i18n/index.ts';
import type { LocalizedMeeting } from '../meeting.ts';
import { SHARE_IMAGE, type ShareImageText } from './draw.ts';
import { renderInPool } from './pool.ts';
import {
	formatDateRange,
	formatLongDate,
	formatTimeRange,
	formatWindowZone,
	isSameDay,
	meetingWindow,
} from '../format/meeting-time.ts';

export function shareImageText(meeting: LocalizedMeeting, host: string): ShareImageText {
	const { facts, text, locale } = meeting;
	const t = useTranslations(locale);
	const window = meetingWindow(facts.schedule);
	// The initiative names the series; a meeting of none (TSAG, a study group) shows its convener.
	const convener = facts.organizers.find((organizer) => organizer.role === 'organizer')!;
	const { abbreviation, name } = text.initiative ?? text.organizers[convener.id]!;
	return {
		series: abbreviation ? `${abbreviation} · ${name}` : name,
		title: text.title,
		date: isSameDay(window)
			? formatLongDate(window.start, locale)
			: formatDateRange(window, locale),
		time: `${formatTimeRange(window, locale)} ${formatWindowZone(window)}`,
		utc: `${formatTimeRange(window, locale, 'UTC')} UTC`,
		format: t(`meeting.format.${facts.format}`),
		site: `${t('site.name')} · ${host}`,
		lang: locale,
	};
}

export { SHARE_IMAGE, type ShareImageText };

/** The PNG bytes of the preview card, drawn in a worker thread when the build can start one. */
export function renderShareImage(text: ShareImageText): Promise<Uint8Array> {
	return renderInPool(text);
}
