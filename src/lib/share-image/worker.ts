// A worker thread of pool.ts (piscina calls the default export with each card's text). Node only.

import { threadId } from 'node:worker_threads';

import { drawShareImage, type ShareImageText } from './draw.ts';
import type { DrawnCard } from './pool.ts';

export default async function drawCard(text: ShareImageText): Promise<DrawnCard> {
	// Copied back rather than transferred: about 90 KB, a few microseconds.
	return { png: await drawShareImage(text), threadId };
}
