// Serves two built sites for the whole e2e project and tells the tests where they are: dist/, the
// published content, which the quality gates walk page by page; and the fixture meetings
// (tests/fixtures/meetings: a copy of the 7th U4SSC meeting and two unlike it), built here into
// a copy of the project, whose pages the tests of exact facts read, so that no test depends on
// which meetings are published.

import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

import type { TestProject } from 'vitest/node';

import { serveStatic } from '../../scripts/harness/server.ts';
import { fixtureMeetingsDir } from '../helpers/content.ts';
import { buildCopy, copyProject, removeCopy } from '../helpers/site-copy.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Origin of the built site, without a trailing slash: read it with `inject('baseURL')`. */
		baseURL: string;
		/** Origin of the site built from the fixture meetings: `inject('fixtureURL')`. */
		fixtureURL: string;
		/** That site's dist/ folder on disk, with a trailing slash. */
		fixtureDist: string;
	}
}

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

export default async function setup(project: TestProject) {
	const copy = copyProject('meetings-e2e-fixtures-');
	const build = await buildCopy(copy, { MEETINGS_DIR: fixtureMeetingsDir });
	if (build.status !== 0) {
		removeCopy(copy);
		throw new Error(`The site of the fixture meetings did not build:\n${build.output}`);
	}
	const published = await serveStatic(dist);
	const fixtures = await serveStatic(join(copy, 'dist'));
	project.provide('baseURL', published.url);
	project.provide('fixtureURL', fixtures.url);
	project.provide('fixtureDist', join(copy, 'dist/'));
	return async () => {
		await Promise.all([published.close(), fixtures.close()]);
		removeCopy(copy);
	};
}
