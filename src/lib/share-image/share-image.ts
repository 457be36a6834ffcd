// The share preview image (1200×630 PNG) of a meeting in one language: who organizes it, the
// title (which names the initiative once), when, the format and whether registration is required,
// all from the content as the page prints it; draw.ts draws it with PT Sans from node_modules, on
// pool.ts's threads. Build time and Node only, like all of src/lib/share-image.

import { useTranslations } from '../../i18n/index.ts';
import { organizerNames, type LocalizedMeeting } from '../meeting.ts';
import { SHARE_IMAGE, type ShareImageText } from './draw.ts';
import { renderInPool } from './pool.ts';
import {
	formatDateRange,
	formatLongDate,
	formatMeetingTime,
	formatTimeRange,
	isSameDay,
	meetingWindow,
} from '../format/meeting-time.ts';

export function shareImageText(meeting: LocalizedMeeting, host: string): ShareImageText {
	const { facts, text, locale } = meeting;
	const t = useTranslations(locale);
	const window = meetingWindow(facts.schedule);
	return {
		organizers: organizerNames(meeting).join(' · '),
		title: text.title,
		date: isSameDay(window)
			? formatLongDate(window.start, locale)
			: formatDateRange(window, locale),
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

/** The PNG bytes of the preview card, drawn on one of the pool's worker threads. */
export async function renderShareImage(text: ShareImageText): Promise<Uint8Array> {
	return (await renderInPool(text)).png;
}
