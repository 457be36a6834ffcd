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
});
