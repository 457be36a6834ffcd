// Keeps the share images between builds in Astro's cacheDir (node_modules/.astro by default):
// opens the cache before the pages are rendered, then says what it saved and removes the cards
// that the build no longer serves (those of changed or deleted meetings).
import { fileURLToPath } from 'node:url';

import type { AstroIntegration } from 'astro';

import {
	closeImageCache,
	openImageCache,
	pruneImageCache,
	restoredCards,
	type ImageCache,
} from '../lib/share-image/cache.ts';

export function shareImageCache(): AstroIntegration {
	let dir = '';
	let cache: ImageCache | undefined;
	return {
		name: 'share-image-cache',
		hooks: {
			'astro:config:done': ({ config }) => {
				dir = fileURLToPath(new URL('share-images/', config.cacheDir));
			},
			'astro:build:start': () => {
				cache = openImageCache(dir);
			},
			'astro:build:done': async ({ logger }) => {
				if (!cache) return;
				closeImageCache();
				const removed = await pruneImageCache(cache);
				const restored = restoredCards(cache);
				logger.info(
					`${cache.hits} share image(s) from the cache, ${cache.drawn} drawn, ${restored} restored with their routes, ${removed} unused removed (${dir})`,
				);
			},
		},
	};
}
