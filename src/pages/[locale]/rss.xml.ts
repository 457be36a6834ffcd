// /en/rss.xml: the latest announcements in one language, for feed readers (RSS 2.0).
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';

import { getMeetings } from '../../data/meetings.ts';
import { useTranslations } from '../../i18n/index.ts';
import { intlLocale, locales, type Locale } from '../../i18n/locales.ts';
import { newsItems } from '../../lib/archive/news.ts';
import { requireSite } from '../../lib/seo/links.ts';
import { homePath } from '../../i18n/paths.ts';

export const getStaticPaths = (() =>
	locales.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
	const locale = params.locale as Locale;
	const t = useTranslations(locale);
	return rss({
		title: t('feed.title', { site: t('site.name') }),
		description: t('site.tagline'),
		site: new URL(homePath(locale), requireSite(site)),
		items: newsItems(await getMeetings(locale)),
		customData: `<language>${intlLocale[locale]}</language>`,
		trailingSlash: true,
	});
};
