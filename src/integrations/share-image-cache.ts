// Keeps the share images between builds in Astro's cacheDir (node_modules/.astro by default):
// opens the cache before the pages are rendered, then says what it saved and removes the cards
// that no page asked for this time (those of changed or deleted meetings).
import { fileURLToPath } from 'node:url';

import type { AstroIntegration } from 'astro';

import { openImageCache, pruneImageCache, type ImageCache } from '../lib/share-image/cache.ts';

export function shareImageCache(): AstroIntegration {
	let dir = '';
	let started = 0;
	let cache: ImageCache | undefined;
	return {
		name: 'share-image-cache',
		hooks: {
			'astro:config:done': ({ config }) => {
				dir = fileURLToPath(new URL('share-images/', config.cacheDir));
			},
			'astro:build:start': () => {
				started = Date.now();
				cache = openImageCache(dir);
			},
			'astro:build:done': async ({ logger }) => {
				if (!cache) return;
				const removed = await pruneImageCache(dir, started);
				logger.info(
					`${cache.hits} share image(s) from the cache, ${cache.drawn} drawn, ${removed} unused removed (${dir})`,
				);
			},
		},
	};
}
