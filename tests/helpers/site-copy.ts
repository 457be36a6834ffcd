// A throwaway copy of the project (node_modules linked, not copied) to build other content in,
// so build tests never touch the real content, .astro cache or dist/, nor depend on content/.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { serveStatic } from '../../scripts/harness/server.ts';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const copied = [
	'astro.config.mjs',
	'tsconfig.json',
	'package.json',
	'.prettierrc.json',
	'.prettierignore',
	'pagefind.yml',
	'src',
	'public',
	'scripts',
	'schemas',
];

/**
 * A copy of the project whose content/meetings/ holds only the given folders of meetings
 * (`tests/fixtures/meetings/u4ssc-7`), never the published ones.
 */
export function copyProject(prefix: string, meetings: string[] = []): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	for (const entry of copied)
		cpSync(join(projectRoot, entry), join(dir, entry), { recursive: true });
	mkdirSync(join(dir, 'content/meetings'), { recursive: true });
	for (const meeting of meetings) {
		const slug = meeting.split('/').at(-1)!;
		cpSync(join(projectRoot, meeting), join(dir, 'content/meetings', slug), { recursive: true });
	}
	// Link each package, not node_modules itself: Vite and Astro keep caches in node_modules/.vite
	// and node_modules/.astro, which builds running side by side must not share.
	mkdirSync(join(dir, 'node_modules'));
	for (const entry of readdirSync(join(projectRoot, 'node_modules'))) {
		if (entry === '.vite' || entry === '.astro') continue;
		symlinkSync(join(projectRoot, 'node_modules', entry), join(dir, 'node_modules', entry));
	}
	return dir;
}

export function removeCopy(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
}

export interface RunResult {
	status: number | null;
	output: string;
}
export type BuildResult = RunResult;

/**
 * Runs a Node script (`scripts/check-content.ts`, Astro's CLI) with the project's Node in `dir`,
 * as npm would, with extra environment variables; resolves with its output when it exits.
 */
export function runIn(
	dir: string,
	args: string[],
	env: Record<string, string> = {},
): Promise<RunResult> {
	// Vitest copies Astro's import.meta.env into process.env, SITE included: a build gets SITE only
	// when the test gives it, as a build from the shell would.
	const inherited = { ...process.env };
	delete inherited.SITE;
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, {
			cwd: dir,
			env: { ...inherited, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (status) => resolve({ status, output }));
	});
}

/**
 * `astro build` of the copy in `dir`, with extra environment variables. With `from`, the build
 * runs from that folder with `--root dir`, as a CI job started elsewhere would; with `force`, it
 * renders every route again rather than copying unchanged ones from the last build.
 */
export function buildCopy(
	dir: string,
	env: Record<string, string> = {},
	{ from, force = false }: { from?: string; force?: boolean } = {},
): Promise<BuildResult> {
	const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
	const flags = force ? ['--force'] : [];
	return from
		? runIn(from, [astro, 'build', '--root', dir, ...flags], env)
		: runIn(dir, [astro, 'build', ...flags], env);
}

/** Runs Pagefind over the copy's dist/, as `npm run build` does after `astro build`. */
export function indexCopy(dir: string): Promise<BuildResult> {
	return runIn(dir, [join(projectRoot, 'node_modules/pagefind/lib/runner/bin.cjs')]);
}

/** Runs `task` for every item, two at a time: builds are CPU-bound and CI has two cores. */
export async function twoAtATime<T>(items: readonly T[], task: (item: T) => Promise<void>) {
	const queue = [...items];
	const worker = async () => {
		for (let next = queue.shift(); next !== undefined; next = queue.shift()) await task(next);
	};
	await Promise.all([worker(), worker()]);
}

/** A built copy of the project, served over HTTP for a browser test. */
export interface ServedSite {
	dir: string;
	url: string;
	/** Stops the server and removes the copy. */
	close(): Promise<void>;
}

/**
 * Builds a copy of the project with the environment `env` gives for it (MEETINGS_DIR,
 * BUILD_TIME…; it may first write meetings into the copy), indexes it for search when asked, and
 * serves its dist/: a site of its own for a browser test. A failed step throws with its output.
 */
export async function serveBuiltCopy(
	prefix: string,
	env: (dir: string) => Record<string, string>,
	{ search = false }: { search?: boolean } = {},
): Promise<ServedSite> {
	const dir = copyProject(prefix);
	try {
		const build = await buildCopy(dir, env(dir));
		if (build.status !== 0)
			throw new Error(`The site did not build:\n${build.output.slice(-3000)}`);
		if (search) {
			const index = await indexCopy(dir);
			if (index.status !== 0) throw new Error(`Pagefind failed:\n${index.output}`);
		}
		const server = await serveStatic(join(dir, 'dist'));
		return {
			dir,
			url: server.url,
			close: async () => {
				try {
					await server.close();
				} finally {
					removeCopy(dir);
				}
			},
		};
	} catch (error) {
		removeCopy(dir);
		throw error;
	}
}
