// Addresses search engines and messengers read from a page's <head>: the canonical URL and the
// hreflang alternates, which must name each other both ways (en ↔ ru, plus x-default). Build
// time (pages and astro.config.mjs), like all of src/lib/seo.

import { defaultLocale, intlLocale, isLocale, locales, type Locale } from '../../i18n/locales.ts';
import { localizedPath } from '../../i18n/paths.ts';

export interface AlternateLink {
	/** `en`, `ru` or `x-default`. */
	hreflang: string;
	href: string;
}

/** The page's locale from its first path segment, or undefined for `/` and other shared pages. */
export function pathLocale(path: string): Locale | undefined {
	const first = path.split('/')[1];
	return isLocale(first) ? first : undefined;
}

/** Absolute URL of a site path, always with the trailing slash the site's pages use. */
export function canonicalUrl(path: string, site: URL): string {
	const withSlash = path.endsWith('/') || /\.\w+$/.test(path) ? path : `${path}/`;
	return new URL(withSlash, site).href;
}

/**
 * Every language version of the page, and the x-default for readers of other languages: the
 * language chooser `/` for the home pages and `/` itself, the default language elsewhere.
 */
export function alternateLinks(path: string, site: URL): AlternateLink[] {
	const from = pathLocale(path);
	const isHome = !from || path === `/${from}/`;
	const versions = locales.map((locale) => ({
		hreflang: locale,
		href: canonicalUrl(from ? localizedPath(path, from, locale) : `/${locale}/`, site),
	}));
	const fallback = isHome
		? canonicalUrl('/', site)
		: versions.find((v) => v.hreflang === defaultLocale)!.href;
	return [...versions, { hreflang: 'x-default', href: fallback }];
}

/** OpenGraph locale: en_GB, ru_RU. */
export function openGraphLocale(locale: Locale): string {
	return intlLocale[locale].replace('-', '_');
}

/** The site's address (SITE at build time); absolute links in feeds and metadata need it. */
export function requireSite(site: URL | undefined): URL {
	if (!site) {
		throw new Error(
			'The site has no address: astro.config.mjs sets `site` from SITE; calendar files and metadata need absolute URLs',
		);
	}
	return site;
}
