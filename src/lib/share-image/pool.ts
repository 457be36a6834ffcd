// Draws share images on worker threads (piscina), one per core, so that a build of many meetings
// keeps every core busy while the main thread renders pages. Node only: build time and tests.
//
// The worker is the module beside this one, found by `new URL('./worker.ts', import.meta.url)`.
// Run from source (tests, `astro dev`) that is src/lib/share-image/worker.ts, which Node runs as
// TypeScript; in `astro build`, worker-chunk.ts makes it a chunk of the bundle and rewrites the URL
// to that chunk. There is no fallback to drawing in-process: a worker that cannot start fails the
// card, and so the build, with the reason.

import { availableParallelism } from 'node:os';

import { Piscina } from 'piscina';

import type { ShareImageText } from './draw.ts';

/** A drawn card and the worker thread that drew it. */
export interface DrawnCard {
	png: Uint8Array;
	threadId: number;
}

let pool: Piscina<ShareImageText, DrawnCard> | undefined;

/** The pool, started on first use with one thread per core; idle threads do not keep Node alive. */
export function sharePool(): Piscina<ShareImageText, DrawnCard> {
	const threads = availableParallelism();
	pool ??= new Piscina({
		filename: new URL('./worker.ts', import.meta.url).href,
		minThreads: threads,
		maxThreads: threads,
	});
	return pool;
}

/** Draws a card on one of the pool's threads; rejects with the reason when it cannot. */
export async function renderInPool(text: ShareImageText): Promise<DrawnCard> {
	try {
		return await sharePool().run(text);
	} catch (error) {
		throw new Error(`Share image: ${error instanceof Error ? error.message : String(error)}`, {
			cause: error,
		});
	}
}
