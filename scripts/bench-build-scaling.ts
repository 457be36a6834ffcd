// Build scaling benchmark: builds the site with 10, 100 and 1000 synthetic meetings and prints the
// times and t1000/t100 against the budgets. Works in a temporary copy of the project outside the
// repository, so the generated meetings are never committed; the copy is removed afterwards.
// Run: npm run bench:scale

import { spawnSync } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { atMost, budgets } from './harness/budgets.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const model = join(root, 'content/meetings/u4ssc-7');
/** `npm run bench:scale -- 1000` builds only the counts given. */
const requested = process.argv
	.slice(2)
	.map(Number)
	.filter((count) => count > 0);
const counts = requested.length > 0 ? requested : [10, 100, 1000];
/** Not copied: the copy shares node_modules through a link and builds its own output. */
const skipped = new Set(['node_modules', 'dist', '.astro', '.git', 'docs']);

/** A copy of the model meeting under a new slug, one day later per index so the list is varied. */
function writeMeeting(meetings: string, index: number) {
	const dir = join(meetings, `synthetic-${String(index).padStart(4, '0')}`);
	mkdirSync(dir, { recursive: true });
	const facts = JSON.parse(readFileSync(join(model, 'meeting.json'), 'utf8'));
	const shift = (local: string) => {
		const date = new Date(`${local}:00Z`);
		date.setUTCDate(date.getUTCDate() + index);
		return date.toISOString().slice(0, 16);
	};
	facts.schedule.start = shift(facts.schedule.start);
	facts.schedule.end = shift(facts.schedule.end);
	facts.series.number = facts.series.number + index;
	writeFileSync(join(dir, 'meeting.json'), JSON.stringify(facts, null, '\t'));
	for (const file of ['en.mdx', 'ru.mdx']) cpSync(join(model, file), join(dir, file));
}

function build(project: string): number {
	const started = performance.now();
	// process.execPath is the project's Node 24 when run through npm.
	const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		cwd: project,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		// The MDX warnings (see the README) print per file: megabytes for 1000 meetings.
		maxBuffer: 1024 * 1024 * 1024,
	});
	const seconds = (performance.now() - started) / 1000;
	if (run.status !== 0) {
		// Only the end: the MDX head-inject warnings (see the README) repeat per file.
		const lines = `${run.stdout}\n${run.stderr}`.split('\n');
		const tail = [...lines.filter((line) => /error/i.test(line)), ...lines.slice(-10)].join('\n');
		throw new Error(`The build failed (exit ${run.status ?? run.signal}):\n${tail}`);
	}
	return Math.round(seconds * 10) / 10;
}

const work = mkdtempSync(join(tmpdir(), 'meetings-scale-'));
try {
	const project = join(work, 'site');
	cpSync(root, project, {
		recursive: true,
		filter: (source) => !skipped.has(relative(root, source).split('/')[0] ?? ''),
	});
	symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
	const meetings = join(project, 'content/meetings');

	console.log(`Build scaling on ${cpus().length} cores (Node ${process.version}), copy in ${work}`);
	const times = new Map<number, number>();
	for (const count of counts) {
		rmSync(meetings, { recursive: true, force: true });
		for (let index = 1; index <= count; index++) writeMeeting(meetings, index);
		rmSync(join(project, 'dist'), { recursive: true, force: true });
		rmSync(join(project, '.astro'), { recursive: true, force: true });
		const seconds = build(project);
		times.set(count, seconds);
		console.log(`${String(count).padStart(5)} meetings: ${seconds.toFixed(1)} s`);
	}
	const t100 = times.get(100);
	const t1000 = times.get(1000);
	if (t1000 !== undefined) {
		console.log(atMost('1000 meetings build', t1000, budgets.build1000Seconds, ' s'));
	}
	if (t100 !== undefined && t1000 !== undefined) {
		const ratio = Math.round((t1000 / t100) * 100) / 100;
		console.log(atMost('t1000/t100', ratio, budgets.build1000To100Ratio));
	}
} finally {
	rmSync(work, { recursive: true, force: true });
}
