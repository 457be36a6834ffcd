import { describe, expect, it } from 'vitest';

import {
	placeholderSite,
	placeholderWarning,
	siteAddress,
} from '../../../src/lib/seo/site-address.ts';

describe('siteAddress (SITE at build time)', () => {
	it('uses the placeholder, and says so, when SITE is not set', () => {
		expect(siteAddress(undefined)).toEqual({ site: placeholderSite, placeholder: true });
		expect(siteAddress('  ')).toEqual({ site: placeholderSite, placeholder: true });
	});

	it.each([
		['https://meetings.example.net', 'https://meetings.example.net'],
		['https://meetings.example.net/', 'https://meetings.example.net'],
		['https://Meetings.Example.NET:8443/', 'https://meetings.example.net:8443'],
	])('takes %s as the site %s', (value, site) => {
		expect(siteAddress(value)).toEqual({ site, placeholder: false });
	});

	it.each([
		['meetings.example.net', 'is not an address'],
		['http://meetings.example.net', 'must start with https://'],
		[
			'https://user.github.io/meetings/',
			'must be the root of a host, such as https://user.github.io',
		],
		['https://meetings.example.net/?a=1', 'must be the root of a host'],
	])('refuses SITE=%s, saying what to write instead', (value, message) => {
		expect(() => siteAddress(value)).toThrow(message);
	});

	it('warns that the placeholder will be published, and where', () => {
		const warning = placeholderWarning();
		expect(warning).toContain(
			`SITE is not set, so the site is built for the placeholder address ${placeholderSite}.`,
		);
		for (const place of [
			'canonical and hreflang links',
			'sitemap-index.xml',
			'calendar files and feeds',
			'share images',
		]) {
			expect(warning).toContain(place);
		}
		expect(warning).toContain('SITE=https://your.host npm run build');
	});
});
