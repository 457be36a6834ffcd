import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';

import AddToCalendar from '../../src/components/AddToCalendar.astro';
import Seo from '../../src/components/Seo.astro';
import { calendarEntry } from '../../src/lib/calendar/events.ts';
import { site, u4ssc7 } from '../helpers/meetings.ts';

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create({ astroConfig: { site: site.href } });
});

const clean = (html: string) => html.replace(/ data-astro-cid-\w+(="[^"]*")?/g, '');

/** The text a reader sees of the parts not marked `hidden`, whitespace collapsed. */
const shown = (html: string) =>
	html
		.replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
		.replace(/<(\w+)[^>]*\bhidden\b[^>]*>[\s\S]*?<\/\1>/g, '')
		.replace(/<\/?(span|a|strong)\b[^>]*>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

describe('AddToCalendar', () => {
	const render = (locale: 'en' | 'ru', now: number) =>
		container
			.renderToString(AddToCalendar, {
				props: {
					entry: calendarEntry(u4ssc7[locale], site),
					locale,
					icsPath: `/${locale}/meetings/u4ssc-7.ics`,
					now,
				},
			})
			.then(clean);

	it.each([
		[
			'en',
			'Your calendar shows the times in your own time zone. Google Calendar Outlook.com Outlook (Microsoft 365) Calendar file (.ics) (for Apple Calendar, Outlook on your computer and other calendar apps) Upcoming meetings and those of the past 12 months as a calendar feed: subscribe in your calendar app · feed address (https)',
		],
		[
			'ru',
			'Календарь покажет время в вашем часовом поясе. Google Календарь Outlook.com Outlook (Microsoft 365) Файл календаря (.ics) (для Календаря Apple, Outlook на компьютере и других приложений) Предстоящие собрания и собрания за последние 12 месяцев в виде календарной ленты: подписаться в приложении календаря · адрес ленты (https)',
		],
	] as const)(
		'offers Google, Outlook and the files when built before the meeting (%s)',
		async (locale, expected) => {
			const html = await render(locale, Date.UTC(2023, 5, 1));
			expect(shown(html)).toBe(expected);
			expect(html).toContain('data-phase="scheduled"');
			expect(html).toContain(
				'href="https://calendar.google.com/calendar/render?action=TEMPLATE&amp;',
			);
			expect(html).toContain('href="https://outlook.live.com/calendar/deeplink/compose?');
			expect(html).toContain('href="https://outlook.office.com/calendar/deeplink/compose?');
			// Outlined: Register is the page's one filled button.
			expect(html.match(/<a class="button secondary"/g)).toHaveLength(3);
			expect(html).not.toMatch(/class="button"/);
		},
	);

	it('keeps only the files once the meeting has ended, with the buttons marked for the status script', async () => {
		const html = await render('en', Date.UTC(2023, 5, 21));
		expect(shown(html)).toBe(
			'Calendar file (.ics) (for Apple Calendar, Outlook on your computer and other calendar apps) Upcoming meetings and those of the past 12 months as a calendar feed: subscribe in your calendar app · feed address (https)',
		);
		expect(html).toContain('data-phase="ended"');
		expect(html).toMatch(/<div data-when="scheduled upcoming live" hidden>/);
		expect(html).toContain(
			'data-start="2023-06-20T07:30:00.000Z" data-end="2023-06-20T14:00:00.000Z"',
		);
	});

	it('links the .ics file and the feed over https and webcal', async () => {
		const html = await render('ru', Date.UTC(2023, 5, 21));
		expect(html).toContain('<a href="/ru/meetings/u4ssc-7.ics" type="text/calendar">');
		expect(html).toContain('<a href="webcal://meetings.example.org/ru/calendar.ics">');
		expect(html).toContain('<a href="/ru/calendar.ics" type="text/calendar">');
	});
});

describe('Seo', () => {
	const render = (props: Record<string, unknown>) =>
		container.renderToString(Seo, { props }).then(clean);

	it('writes canonical, hreflang, OpenGraph and a large Twitter card for a meeting page', async () => {
		const html = await render({
			lang: 'ru',
			title: 'Седьмое собрание U4SSC',
			description: 'Описание',
			path: '/ru/meetings/u4ssc-7/',
			image: { path: '/ru/meetings/u4ssc-7.png', alt: 'Карточка' },
		});
		const origin = 'https://meetings.example.org';
		for (const tag of [
			`<link rel="canonical" href="${origin}/ru/meetings/u4ssc-7/">`,
			`<link rel="alternate" hreflang="en" href="${origin}/en/meetings/u4ssc-7/">`,
			`<link rel="alternate" hreflang="ru" href="${origin}/ru/meetings/u4ssc-7/">`,
			`<link rel="alternate" hreflang="x-default" href="${origin}/en/meetings/u4ssc-7/">`,
			'<meta property="og:title" content="Седьмое собрание U4SSC">',
			'<meta property="og:locale" content="ru_RU">',
			'<meta property="og:locale:alternate" content="en_GB">',
			'<meta property="og:site_name" content="Международные собрания">',
			`<meta property="og:image" content="${origin}/ru/meetings/u4ssc-7.png">`,
			'<meta property="og:image:width" content="1200">',
			'<meta property="og:image:height" content="630">',
			'<meta name="twitter:card" content="summary_large_image">',
			'<meta name="twitter:image:alt" content="Карточка">',
		]) {
			expect(html).toContain(tag);
		}
	});

	it('marks a page without a path (the 404 page) as not to be indexed, with no canonical', async () => {
		const html = await render({ lang: 'en', title: 'Page not found', description: 'Missing' });
		expect(html).toContain('<meta name="robots" content="noindex">');
		expect(html).not.toContain('rel="canonical"');
		expect(html).toContain('<meta name="twitter:card" content="summary">');
	});
});
