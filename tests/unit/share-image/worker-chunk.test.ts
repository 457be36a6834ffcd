// The share-image worker survives bundling: a server build with the workerChunks() plugin, as
// `astro build` makes, gives the worker a chunk of its own, and the bundled pool draws on threads
// started from that chunk even when Node runs from another folder.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { shareImageText } from '../../../src/lib/share-image/share-image.ts';
import { workerChunks } from '../../../src/lib/share-image/worker-chunk.ts';
import { u4ssc7 } from '../../helpers/meetings.ts';
import { projectRoot } from '../../helpers/site-copy.ts';

// Inside the project, so the bundle's imports of piscina and @napi-rs/canvas resolve as in dist/.
mkdirSync(join(projectRoot, '.tmp'), { recursive: true });
const out = mkdtempSync(join(projectRoot, '.tmp', 'worker-chunk-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

beforeAll(async () => {
	await build({
		configFile: false,
		logLevel: 'silent',
		root: projectRoot,
		plugins: [workerChunks()],
		build: {
			ssr: join(projectRoot, 'src/lib/share-image/pool.ts'),
			outDir: out,
			rollupOptions: { output: { entryFileNames: 'pool.mjs', chunkFileNames: '[name].mjs' } },
		},
	});
}, 60_000);

describe('workerChunks', () => {
	it('gives the worker a chunk of its own and points the pool at it, not at the source', () => {
		expect(readdirSync(out)).toContain('worker.mjs');
		const pool = readFileSync(join(out, 'pool.mjs'), 'utf8');
		expect(pool).toContain('new URL("worker.mjs", import.meta.url)');
		expect(pool).not.toContain('worker.ts');
	});

	it('draws on the bundled worker threads, run from another folder', () => {
		const script = `
			const { renderInPool, sharePool } = await import(${JSON.stringify(pathToFileURL(join(out, 'pool.mjs')).href)});
			const { threadId } = await import('node:worker_threads');
			const text = ${JSON.stringify(shareImageText(u4ssc7.en, 'meetings.example.org'))};
			const card = await renderInPool(text);
			console.log(JSON.stringify({ main: threadId, drawnOn: card.threadId, png: Buffer.from(card.png.subarray(1, 4)).toString() }));
			await sharePool().destroy();
		`;
		const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
			cwd: tmpdir(),
			encoding: 'utf8',
		});
		expect(run.stderr).toBe('');
		const { main, drawnOn, png } = JSON.parse(run.stdout);
		expect(png).toBe('PNG');
		expect(drawnOn).not.toBe(main);
	});
});
