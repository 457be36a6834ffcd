// Serves the built site (dist/) once for the whole e2e project and tells the tests where it is.

import { fileURLToPath } from 'node:url';

import type { TestProject } from 'vitest/node';

import { serveStatic } from '../../scripts/harness/server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Origin of the built site, without a trailing slash: read it with `inject('baseURL')`. */
		baseURL: string;
	}
}

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

export default async function setup(project: TestProject) {
	const server = await serveStatic(dist);
	project.provide('baseURL', server.url);
	return () => server.close();
}
