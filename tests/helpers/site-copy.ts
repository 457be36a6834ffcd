// A throwaway copy of the project (node_modules linked, not copied) to build other content in,
// so build tests never touch the real content, .astro cache or dist/.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const copied = [
	'astro.config.mjs',
	'tsconfig.json',
	'package.json',
	'pagefind.yml',
	'src',
	'content',
	'public',
];

export function copyProject(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	for (const entry of copied)
		cpSync(join(projectRoot, entry), join(dir, entry), { recursive: true });
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

export interface BuildResult {
	status: number | null;
	output: string;
}

/** Runs `astro build` in `dir` with extra environment variables; resolves when it exits. */
export function buildCopy(dir: string, env: Record<string, string> = {}): Promise<BuildResult> {
	return run(dir, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], env);
}

/** Runs Pagefind over the copy's dist/, as `npm run build` does after `astro build`. */
export function indexCopy(dir: string): Promise<BuildResult> {
	return run(dir, [join(projectRoot, 'node_modules/pagefind/lib/runner/bin.cjs')]);
}

function run(dir: string, args: string[], env: Record<string, string> = {}): Promise<BuildResult> {
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

/** Runs `task` for every item, two at a time: builds are CPU-bound and CI has two cores. */
export async function twoAtATime<T>(items: readonly T[], task: (item: T) => Promise<void>) {
	const queue = [...items];
	const worker = async () => {
		for (let next = queue.shift(); next !== undefined; next = queue.shift()) await task(next);
	};
	await Promise.all([worker(), worker()]);
}
