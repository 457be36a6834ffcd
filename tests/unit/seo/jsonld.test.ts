import { describe, expect, it } from 'vitest';

import { meetingEventJsonLd, serializeJsonLd } from '../../../src/lib/seo/jsonld.ts';
import { fixtureMeeting, site, u4ssc7 } from '../../helpers/meetings.ts';

describe.each(['en', 'ru'] as const)(
	'the schema.org Event of the 7th U4SSC meeting (%s)',
	(locale) => {
		const meeting = u4ssc7[locale];
		const image = `https://meetings.example.org/${locale}/meetings/u4ssc-7.png`;
		const event = JSON.parse(serializeJsonLd(meetingEventJsonLd(meeting, site, image)));

		it('names the event, its window with the Geneva offset and its online location', () => {
			expect(event['@context']).toBe('https://schema.org');
			expect(event['@type']).toBe('Event');
			expect(event.name).toBe(meeting.text.title);
			expect(event.description).toBe(meeting.text.description);
			expect(event.startDate).toBe('2023-06-20T09:30:00+02:00');
			expect(event.endDate).toBe('2023-06-20T16:00:00+02:00');
			expect(event.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
			expect(event.eventStatus).toBe('https://schema.org/EventScheduled');
			expect(event.location).toEqual({
				'@type': 'VirtualLocation',
				url: 'https://u4ssc.itu.int/latest-meetings/7th-meeting/',
			});
		});

		it('lists ITU first, then the co-organisers, in the page language', () => {
			expect(event.organizer.map((o: { name: string; url: string }) => [o.name, o.url])).toEqual([
				[meeting.text.organizers.itu!.name, 'https://www.itu.int/'],
				[meeting.text.organizers.unece!.name, 'https://unece.org/'],
				[meeting.text.organizers['un-habitat']!.name, 'https://unhabitat.org/'],
			]);
		});

		it('says it is free, held in English, and points at this page and its image', () => {
			expect(event.isAccessibleForFree).toBe(true);
			expect(event.inLanguage).toBe('en');
			expect(event.url).toBe(`https://meetings.example.org/${locale}/meetings/u4ssc-7/`);
			expect(event.image).toEqual([image]);
		});
	},
);

describe('serializeJsonLd', () => {
	it('writes < as \\u003c so a value cannot close the script element', () => {
		const json = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
		expect(json).not.toContain('<');
		expect(JSON.parse(json).name).toBe('</script><script>alert(1)</script>');
	});
});

describe('the schema.org Event of a meeting of no initiative', () => {
	it('belongs to no series, and still names its organiser and place', () => {
		const meeting = fixtureMeeting('fg-dt4c-3', 'en');
		const event = meetingEventJsonLd(meeting, site, 'https://meetings.example.org/x.png');
		expect(event).not.toHaveProperty('superEvent');
		expect(event.organizer).toEqual([
			{
				'@type': 'Organization',
				name: 'International Telecommunication Union',
				url: 'https://www.itu.int/',
			},
		]);
		expect(event.location).toEqual({
			'@type': 'Place',
			name: 'ITU headquarters',
			address: 'Place des Nations, 1211 Geneva 20, Switzerland',
		});
		expect(event.startDate).toBe('2018-02-26T09:30:00+01:00');
	});
});
