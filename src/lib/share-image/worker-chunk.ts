// Build only (a Vite plugin for astro.config.mjs): in the server build, where Vite bundles src/
// into chunks, `new URL('./worker.ts', import.meta.url)` would point beside the chunk at a file
// that is not there. This plugin makes each such worker a chunk of its own and points the URL at
// that chunk, so pool.ts finds its worker wherever the build runs from.

import { dirname, resolve } from 'node:path';

import type { Plugin } from 'vite';

/** `new URL('./worker.ts', import.meta.url)`: a TypeScript module beside the one that names it. */
const workerUrl = /new URL\((['"])(\.\/[\w./-]+\.ts)\1,\s*import\.meta\.url\)/g;

export function workerChunks(): Plugin {
	const workers = new Set<string>();
	return {
		name: 'meetings:worker-chunks',
		apply: 'build',
		// Before Vite's own resolveFileUrl, which would make the chunk's URL a path on the site.
		enforce: 'pre',
		// The browser's bundles have no worker threads; Vite's own plugin handles their URLs.
		applyToEnvironment: (environment) => environment.config.consumer === 'server',
		transform(code, id) {
			if (!id.includes('/src/') || !code.includes('import.meta.url')) return undefined;
			let changed = false;
			const result = code.replace(workerUrl, (_, _quote, path: string) => {
				changed = true;
				const referenceId = this.emitFile({
					type: 'chunk',
					id: resolve(dirname(id), path),
					name: path.slice(2, -'.ts'.length),
				});
				workers.add(referenceId);
				return `new URL(import.meta.ROLLUP_FILE_URL_${referenceId})`;
			});
			return changed ? { code: result, map: null } : undefined;
		},
		resolveFileUrl({ referenceId, relativePath }) {
			if (!workers.has(referenceId)) return undefined;
			return `new URL(${JSON.stringify(relativePath)}, import.meta.url).href`;
		},
	};
}
