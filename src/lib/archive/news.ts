// The news feed of one language: the latest announcements, newest first. An announcement is
// dated by its circular; meetings announced on the same day come in the order they take place.

import { meetingPath } from '../../i18n/paths.ts';
import type { LocalizedMeeting } from '../meeting.ts';
import { chronological, seriesName } from './listing.ts';

/** Feed readers fetch the whole file each time: the latest announcements are enough. */
export const NEWS_ITEMS = 50;

export interface NewsItem {
	title: string;
	/** Site path of the meeting page. */
	link: string;
	pubDate: Date;
	description: string;
	categories: string[];
}

export function newsItems(meetings: readonly LocalizedMeeting[]): NewsItem[] {
	const circularDate = (meeting: LocalizedMeeting) => meeting.facts.circular.date;
	return chronological(meetings)
		.reverse()
		.toSorted((a, b) => circularDate(b).localeCompare(circularDate(a)))
		.slice(0, NEWS_ITEMS)
		.map((meeting) => ({
			title: meeting.text.title,
			link: meetingPath(meeting.locale, meeting.slug),
			pubDate: new Date(`${circularDate(meeting)}T00:00:00Z`),
			description: meeting.text.description,
			categories: [seriesName(meeting)],
		}));
}
