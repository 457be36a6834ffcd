// A worker thread of pool.ts: receives the text of a card, answers with its PNG.

import { parentPort } from 'node:worker_threads';

import type { WorkerReply } from './pool.ts';
import { drawShareImage, type ShareImageText } from './draw.ts';

parentPort?.on('message', async (text: ShareImageText) => {
	let reply: WorkerReply;
	try {
		reply = { png: await drawShareImage(text) };
	} catch (error) {
		reply = { error: error instanceof Error ? error.message : String(error) };
	}
	// Hand the bytes over rather than copying them.
	parentPort?.postMessage(reply, 'png' in reply ? [reply.png.buffer as ArrayBuffer] : []);
});
