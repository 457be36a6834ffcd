// Draws share images on worker threads, one per core, so that a build of many meetings keeps every
// core busy while the main thread renders pages. Where no worker can start (the worker's file is
// found from the project folder, which a bundled copy may not have), cards are drawn in-process.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

import { drawShareImage, type ShareImageText } from './draw.ts';

/** What the worker answers: the PNG bytes, or why it could not draw them. */
export type WorkerReply = { png: Uint8Array } | { error: string };

interface Job {
	text: ShareImageText;
	resolve: (png: Uint8Array) => void;
	reject: (error: Error) => void;
}

class Pool {
	#idle: Worker[] = [];
	#busy = new Map<Worker, Job>();
	#queue: Job[] = [];

	constructor(
		readonly file: string,
		size: number,
	) {
		for (let i = 0; i < size; i++) this.#idle.push(this.#start());
	}

	run(text: ShareImageText): Promise<Uint8Array> {
		return new Promise((resolve, reject) => {
			this.#queue.push({ text, resolve, reject });
			this.#next();
		});
	}

	#start(): Worker {
		const worker = new Worker(this.file);
		// An idle worker must not keep the build's process alive; a busy one holds it.
		worker.unref();
		worker.on('message', (reply: WorkerReply) => {
			const job = this.#finish(worker);
			if ('png' in reply) job?.resolve(reply.png);
			else job?.reject(new Error(`Share image: ${reply.error}`));
			this.#idle.push(worker);
			this.#next();
		});
		worker.on('error', (error) => {
			this.#finish(worker)?.reject(error);
			this.#idle.push(this.#start());
			this.#next();
		});
		return worker;
	}

	#finish(worker: Worker): Job | undefined {
		const job = this.#busy.get(worker);
		this.#busy.delete(worker);
		worker.unref();
		return job;
	}

	#next() {
		while (this.#idle.length > 0 && this.#queue.length > 0) {
			const worker = this.#idle.pop()!;
			const job = this.#queue.shift()!;
			this.#busy.set(worker, job);
			worker.ref();
			worker.postMessage(job.text);
		}
	}
}

let pool: Pool | null | undefined;

/** The PNG of a card, from the pool when it can run, otherwise drawn here. */
export function renderInPool(text: ShareImageText): Promise<Uint8Array> {
	if (pool === undefined) {
		const file = join(process.cwd(), 'src/lib/share-image/worker.ts');
		pool = existsSync(file) ? new Pool(file, availableParallelism()) : null;
	}
	return pool ? pool.run(text) : drawShareImage(text);
}
