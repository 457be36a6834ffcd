// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

import { defaultLocale, locales } from './src/i18n/locales.ts';
import { shareImageCache } from './src/integrations/share-image-cache.ts';
import { meetingTextIsContent } from './src/lib/content/mdx-body.ts';
import { typographyPlugin } from './src/lib/format/markdown-typography.ts';
import { alternateLinks } from './src/lib/seo/links.ts';
import { placeholderWarning, siteAddress } from './src/lib/seo/site-address.ts';
import { workerChunks } from './src/lib/share-image/worker-chunk.ts';
import { publisher } from './src/site.ts';

/**
 * The public address of the site, from SITE at build time (`SITE=https://… npm run build`);
 * every absolute link is built from it. Without SITE, a placeholder (fine for `npm run dev`).
 */
const address = siteAddress(process.env.SITE);
const site = address.site;

export default defineConfig({
	site,
	trailingSlash: 'always',
	build: {
		format: 'directory',
		// Share images are drawn on worker threads (src/lib/share-image/pool.ts); several routes in
		// flight keep those threads fed. Measured with npm run bench:scale (README).
		concurrency: 8,
		// The base CSS in the site's one CSS file (vite.build below), not 3.6 KB in every page: 7 MB
		// of dist/ at 1000 meetings, with the CSP hashes of the inline copies (npm run bench:scale).
		inlineStylesheets: 'never',
	},
	// Scoped styles mark an element with a short class, not a data-astro-cid-… attribute: 1 KB less a
	// meeting page. Same specificity as the attribute.
	scopedStyleStrategy: 'class',
	integrations: [
		{
			// A site built for publishing must say where it lives and who publishes it.
			name: 'site-owner-settings',
			hooks: {
				'astro:config:setup': ({ command, logger }) => {
					if (command !== 'build') return;
					if (address.placeholder) logger.warn(placeholderWarning());
					if (!publisher) {
						logger.warn(
							'The footer names no publisher: set `publisher` in src/site.ts to who publishes the site.',
						);
					}
				},
			},
		},
		mdx(),
		// Share images drawn once and kept between builds (src/lib/share-image/cache.ts).
		shareImageCache(),
		// Every page with the same hreflang alternates as its <head> (en, ru, x-default).
		sitemap({
			serialize: (item) => ({
				...item,
				links: alternateLinks(new URL(item.url).pathname, new URL(site)).map((link) => ({
					lang: link.hreflang,
					url: link.href,
				})),
			}),
		}),
	],
	// Announcements have no code blocks; Shiki's inline styles would also need 'unsafe-inline'
	// under the CSP below (Astro warns about it at every build).
	// Meeting texts are typeset in their file's language (no-break spaces, dashes, quotes).
	markdown: {
		syntaxHighlight: false,
		// MDX uses this processor too. A meeting's text is content, not code: the mdast plugin stops
		// the build on an import, export, {expression}, component or HTML beyond a few inline
		// elements, before the file is compiled; the hast plugin sets the typography.
		processor: satteri({
			mdastPlugins: [meetingTextIsContent],
			hastPlugins: [typographyPlugin],
		}),
	},
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
	experimental: {
		// A rebuild copies from the last build (kept in cacheDir) each route whose cache key, given by
		// its getStaticPaths(), and code are unchanged: every meeting's page, calendar file and share
		// image (src/data/meetings.ts) unless that meeting changed. Astro renders everything again
		// when the config or package-lock.json changes. At 1000 meetings a rebuild after one change
		// generated its pages in 3 s instead of 17–20 s (npm run bench:scale, README).
		incrementalBuild: true,
	},
	vite: {
		// All the site's CSS in one file (12.5 KB, 3.6 KB gzip) that every page links: one stylesheet a
		// page, already cached for every page after the first.
		build: { cssCodeSplit: false },
		plugins: [
			// The share images' worker thread becomes a chunk of its own that pool.ts can find.
			workerChunks(),
			{
				// Vite wraps every dynamic import in a helper that preloads the imported chunk's own
				// imports (vitejs/vite#18551: even with modulePreload off). The zone picker's chunk, the
				// site's only dynamic import, needs none: 0.7 KB gzip less on every meeting page.
				name: 'no-preload-helper',
				enforce: 'pre',
				resolveId: (id) => (id === '\0vite/preload-helper.js' ? id : undefined),
				load: (id) =>
					id === '\0vite/preload-helper.js'
						? 'export const __vitePreload = (load) => load();'
						: undefined,
			},
		],
	},
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
			// 'wasm-unsafe-eval' lets the home page's search (Pagefind) compile its WebAssembly, and
			// nothing else: it does not allow eval() or new Function(). Scripts still come only from
			// this site or with a hash; no 'unsafe-inline'.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
});
