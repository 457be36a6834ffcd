// The site's public address, read from the SITE environment variable when the site is built
// (`SITE=https://meetings.example.net npm run build`). Canonical and hreflang links, the sitemap,
// robots.txt, the calendar files and feeds, JSON-LD and the share images are built from it.

/** What pages and files carry until SITE is set: `npm run dev` and test builds use it. */
export const placeholderSite = 'https://meetings.example.org';

export interface SiteAddress {
	/** The origin the site is published at, e.g. https://meetings.example.net */
	site: string;
	/** True when SITE was not set and the placeholder is used. */
	placeholder: boolean;
}

/**
 * The address SITE gives, or the placeholder when it is empty. An address that is not the root of
 * an https origin is refused, naming what to write instead: the pages link to /en/ and /ru/ at the
 * root of their host.
 */
export function siteAddress(value: string | undefined): SiteAddress {
	if (!value?.trim()) return { site: placeholderSite, placeholder: true };
	let url: URL;
	try {
		url = new URL(value.trim());
	} catch {
		throw new Error(
			`SITE="${value}" is not an address: write the site's https:// address, for example SITE=https://meetings.example.net`,
		);
	}
	if (url.protocol !== 'https:') {
		throw new Error(
			`SITE="${value}" must start with https:// (calendar apps and browsers expect it)`,
		);
	}
	if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
		throw new Error(
			`SITE="${value}" must be the root of a host, such as https://${url.host}: the pages live at /en/ and /ru/ from the root of their host, so publish them on a host of their own (for GitHub Pages, a custom domain or a <user>.github.io repository)`,
		);
	}
	return { site: url.origin, placeholder: false };
}

/** What a production build without SITE prints: where the placeholder will appear. */
export function placeholderWarning(): string {
	return [
		`SITE is not set, so the site is built for the placeholder address ${placeholderSite}.`,
		'It will appear in the canonical and hreflang links of every page, the OpenGraph and JSON-LD',
		'metadata, sitemap-index.xml and robots.txt, the calendar files and feeds (URL, UID, PRODID)',
		'and the text of the share images. Build for the real address with',
		'SITE=https://your.host npm run build',
	].join('\n');
}
