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

/**
 * Cards each thread draws before new threads take over. A worker thread releases the copies of
 * the pixels Skia hands it (`canvas.data()`, 3 MB a card) only when it stops: threads kept for the
 * whole build held all of them (7.6 GB at 1000 meetings), and every card wrote to memory never
 * touched before, which the kernel must first clear (a quarter of the build's CPU, measured with
 * perf). Threads replaced every 50 cards reuse the memory their predecessors released.
 */
export const cardsPerThread = 50;

/** A pool of threads, the cards it has taken, and those it is drawing. */
interface Generation {
	pool: Piscina<ShareImageText, DrawnCard>;
	taken: number;
	drawing: number;
}

let current: Generation | undefined;

/**
 * The pool drawing the next cards, started with one thread per core; once its threads have taken
 * their share of cards, a new pool, and the old one stops when its last card is drawn. Idle threads
 * do not keep Node alive.
 */
export function sharePool(): Piscina<ShareImageText, DrawnCard> {
	return generation().pool;
}

function generation(): Generation {
	const threads = availableParallelism();
	if (current && current.taken < cardsPerThread * threads) return current;
	if (current?.drawing === 0) void current.pool.destroy();
	current = {
		pool: new Piscina({
			filename: new URL('./worker.ts', import.meta.url).href,
			minThreads: threads,
			maxThreads: threads,
		}),
		taken: 0,
		drawing: 0,
	};
	return current;
}

/** Draws a card on one of the pool's threads; rejects with the reason when it cannot. */
export async function renderInPool(text: ShareImageText): Promise<DrawnCard> {
	const drawing = generation();
	drawing.taken++;
	drawing.drawing++;
	try {
		return await drawing.pool.run(text);
	} catch (error) {
		throw new Error(`Share image: ${error instanceof Error ? error.message : String(error)}`, {
			cause: error,
		});
	} finally {
		drawing.drawing--;
		if (drawing !== current && drawing.drawing === 0) void drawing.pool.destroy();
	}
}
