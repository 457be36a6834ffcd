// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

import { defaultLocale, locales } from './src/i18n/locales.ts';

export default defineConfig({
	// The public address of the site; canonical links and feeds are built from it.
	site: 'https://meetings.example.org',
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [mdx()],
	// Announcements have no code blocks; Shiki's inline styles would also need 'unsafe-inline'
	// under the CSP below (Astro warns about it at every build).
	markdown: { syntaxHighlight: false },
	i18n: {
		locales: [...locales],
		defaultLocale,
		routing: {
			// Every page lives under /en/ or /ru/; `/` is our own language chooser, not a redirect.
			prefixDefaultLocale: true,
			redirectToDefaultLocale: false,
		},
	},
	devToolbar: { enabled: false },
	security: {
		// Every page carries a Content-Security-Policy <meta> with hashes of its own inline scripts
		// and styles, so no 'unsafe-inline' is needed; everything else may only come from this site.
		// frame-ancestors and the like cannot be set in <meta>: public/_headers carries them.
		csp: {
			directives: [
				"default-src 'none'",
				"img-src 'self'",
				"font-src 'self'",
				"connect-src 'self'",
				"manifest-src 'self'",
				"base-uri 'none'",
				"form-action 'self'",
				"object-src 'none'",
			],
		},
	},
});
