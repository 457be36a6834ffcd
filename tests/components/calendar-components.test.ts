import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';

import AddToCalendar from '../../src/components/AddToCalendar.astro';
import Seo from '../../src/components/Seo.astro';
import { calendarEntry } from '../../src/lib/calendar/events.ts';
import { site, u4ssc7 } from '../helpers/meetings.ts';
import { withoutScopeClasses } from '../helpers/markup.ts';

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create({ astroConfig: { site: site.href } });
});

const clean = withoutScopeClasses;

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
			// The status script hides them when the meeting ends on the visitor's clock.
			expect(html).toContain('<div data-when="scheduled upcoming live">');
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

	it('keeps only the files when built after the meeting, with no Google or Outlook links at all', async () => {
		const html = await render('en', Date.UTC(2023, 5, 21));
		expect(shown(html)).toBe(
			'Calendar file (.ics) (for Apple Calendar, Outlook on your computer and other calendar apps) Upcoming meetings and those of the past 12 months as a calendar feed: subscribe in your calendar app · feed address (https)',
		);
		expect(html).toContain('data-phase="ended"');
		// Not merely hidden: no clock can bring them back, and the bytes are in every past meeting.
		expect(html).not.toContain('data-when');
		expect(html).not.toMatch(/calendar\.google\.com|outlook\.(live|office)\.com/);
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
		// X falls back to og:title, og:description and og:image: its own copies would be bytes twice.
		expect(html).toContain('<meta property="og:description" content="Описание">');
		expect(html).not.toMatch(/twitter:(title|description|image")/);
	});

	it('marks a page without a path (the 404 page) as not to be indexed, with no canonical', async () => {
		const html = await render({ lang: 'en', title: 'Page not found', description: 'Missing' });
		expect(html).toContain('<meta name="robots" content="noindex">');
		expect(html).not.toContain('rel="canonical"');
		expect(html).toContain('<meta name="twitter:card" content="summary">');
	});
});
