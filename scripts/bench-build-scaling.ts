// Build scaling benchmark: builds the site (`astro build`, then Pagefind, as `npm run build`) with
// 10, 100 and 1000 generated meetings and prints the times and t1000/t100; then, at the largest
// size, changes one meeting and builds again, and prints the rebuild's share of the first build,
// the home page, the calendar feed and dist/ against their budgets, all from this one run.
// Works in a temporary copy of the project outside the repository, so the generated meetings are
// never committed; the copy is removed afterwards, unless `--keep` asks to profile it further.
// Run: npm run bench:scale [-- 1000] [--keep]

import { spawnSync } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { atMost, budgets } from './harness/budgets.ts';
import { filesUnder } from './harness/site.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const model = join(root, 'content/meetings/u4ssc-7');
/** `npm run bench:scale -- 1000` builds only the counts given. */
const requested = process.argv
	.slice(2)
	.map(Number)
	.filter((count) => count > 0);
const counts = requested.length > 0 ? requested : [10, 100, 1000];
const keep = process.argv.includes('--keep');
/** Not copied: the copy links node_modules package by package and builds its own output. */
const skipped = new Set(['node_modules', 'dist', '.astro', '.git', 'docs', '.tmp']);

/**
 * The generated meetings span ten years, as a secretariat's archive would: about 100 a year when
 * there are 1000, ten series taking turns, the last ones announced three months ahead of the
 * build. The build's clock is pinned there (BUILD_TIME), so every run lists the same meetings.
 */
const first = Date.UTC(2017, 0, 9);
const span = 3652 * 86_400_000;
const buildTime = new Date(first + span - 91 * 86_400_000).toISOString();

/** A copy of the model meeting under a new slug, at its place in the ten years. */
function writeMeeting(meetings: string, index: number, count: number) {
	const dir = join(meetings, `synthetic-${String(index).padStart(4, '0')}`);
	mkdirSync(dir, { recursive: true });
	const facts = JSON.parse(readFileSync(join(model, 'meeting.json'), 'utf8'));
	const day = new Date(first + Math.floor((index * span) / count / 86_400_000) * 86_400_000);
	const at = (local: string) => `${day.toISOString().slice(0, 10)}${local.slice(10)}`;
	facts.schedule.start = at(facts.schedule.start);
	facts.schedule.end = at(facts.schedule.end);
	facts.circular.date = new Date(day.getTime() - 49 * 86_400_000).toISOString().slice(0, 10);
	facts.series = { id: `series-${index % 10}`, number: Math.floor(index / 10) + 1 };
	writeFileSync(join(dir, 'meeting.json'), JSON.stringify(facts, null, '\t'));
	for (const file of ['en.mdx', 'ru.mdx']) cpSync(join(model, file), join(dir, file));
}

/** Runs one step of the build in the copy and returns its time in seconds. */
function run(project: string, args: string[]): number {
	const started = performance.now();
	// process.execPath is the project's Node 24 when run through npm.
	const step = spawnSync(process.execPath, args, {
		cwd: project,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BUILD_TIME: buildTime },
		// The MDX warnings (see the README) print per file: megabytes for 1000 meetings.
		maxBuffer: 1024 * 1024 * 1024,
	});
	const seconds = (performance.now() - started) / 1000;
	// Where the time went, as Astro reports it, and what the share-image cache saved.
	for (const line of `${step.stdout}`.split('\n')) {
		if (/Completed in|page\(s\) built in|share image\(s\)|Finished in/.test(line)) {
			console.log(`    ${line.replace(/^\S+ /, '').trim()}`);
		}
	}
	if (step.status !== 0) {
		// Only the end: the MDX head-inject warnings (see the README) repeat per file.
		const lines = `${step.stdout}\n${step.stderr}`.split('\n');
		const tail = [...lines.filter((line) => /error/i.test(line)), ...lines.slice(-10)].join('\n');
		throw new Error(`${args.join(' ')} failed (exit ${step.status ?? step.signal}):\n${tail}`);
	}
	return seconds;
}

/** `npm run build` in the copy: Astro, then Pagefind. */
function build(project: string) {
	const astro = run(project, ['node_modules/astro/bin/astro.mjs', 'build']);
	const pagefind = run(project, ['node_modules/pagefind/lib/runner/bin.cjs']);
	return { astro, pagefind, total: astro + pagefind };
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const size = (file: string) => statSync(file).size;
const load = () =>
	loadavg()
		.map((value) => value.toFixed(1))
		.join(' ');

const work = mkdtempSync(join(tmpdir(), 'meetings-scale-'));
try {
	const project = join(work, 'site');
	cpSync(root, project, {
		recursive: true,
		filter: (source) => !skipped.has(relative(root, source).split('/')[0] ?? ''),
	});
	// Package by package, so that the copy keeps its own caches (node_modules/.astro, .vite).
	mkdirSync(join(project, 'node_modules'));
	for (const entry of readdirSync(join(root, 'node_modules'))) {
		if (entry === '.vite' || entry === '.astro') continue;
		symlinkSync(join(root, 'node_modules', entry), join(project, 'node_modules', entry));
	}
	const meetings = join(project, 'content/meetings');
	const dist = join(project, 'dist');

	console.log(`Build scaling on ${cpus().length} cores (Node ${process.version}), copy in ${work}`);
	console.log(`Build clock ${buildTime}; load average ${load()} at the start`);
	const times = new Map<number, number>();
	for (const count of counts) {
		rmSync(meetings, { recursive: true, force: true });
		for (let index = 1; index <= count; index++) writeMeeting(meetings, index, count);
		for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
			rmSync(join(project, cache), { recursive: true, force: true });
		}
		const { astro, pagefind, total } = build(project);
		times.set(count, total);
		console.log(
			`${String(count).padStart(5)} meetings: ${total.toFixed(1)} s (astro build ${astro.toFixed(1)} s, pagefind ${pagefind.toFixed(1)} s)`,
		);
	}
	const t100 = times.get(100);
	const largest = Math.max(...counts);
	const t1000 = times.get(1000);
	if (t1000 !== undefined) {
		console.log(atMost('1000 meetings build', round(t1000), budgets.build1000Seconds, ' s'));
	}
	if (t100 !== undefined && t1000 !== undefined) {
		console.log(atMost('t1000/t100', round(t1000 / t100, 2), budgets.build1000To100Ratio));
	}

	// What the largest site weighs, then a rebuild after an editor changes one meeting.
	const home = Math.max(...['en', 'ru'].map((locale) => size(join(dist, locale, 'index.html'))));
	const feed = Math.max(...['en', 'ru'].map((locale) => size(join(dist, locale, 'calendar.ics'))));
	const files = filesUnder(dist);
	const distBytes = files.reduce((sum, file) => sum + size(join(dist, file)), 0);
	const images = files
		.filter((file) => file.endsWith('.png'))
		.map((file) => size(join(dist, file)));
	console.log(
		`${largest} meetings: ${files.length} files in dist/; share images ${Math.min(...images)}–${Math.max(...images)} B`,
	);
	const changed = join(meetings, `synthetic-${String(Math.ceil(largest / 2)).padStart(4, '0')}`);
	const text = join(changed, 'en.mdx');
	writeFileSync(text, readFileSync(text, 'utf8').replace(/^title: (.*)$/m, 'title: $1 (revised)'));
	const rebuild = build(project).total;
	const firstBuild = times.get(largest)!;
	console.log(
		`${largest} meetings, one changed: ${rebuild.toFixed(1)} s; load average ${load()} at the end`,
	);
	console.log(atMost(`home page HTML, ${largest} meetings`, home, budgets.homeHtmlBytes, ' B'));
	console.log(atMost(`calendar feed, ${largest} meetings`, feed, budgets.calendarFeedBytes, ' B'));
	console.log(
		atMost(
			`rebuild after one change ÷ first build, ${largest} meetings`,
			round(rebuild / firstBuild, 2),
			budgets.rebuildRatio,
		),
	);
	console.log(
		atMost(`dist/, ${largest} meetings`, round(distBytes / 1e6), budgets.distMegabytes, ' MB'),
	);
} finally {
	if (keep) console.log(`The copy stays in ${work}/site`);
	else rmSync(work, { recursive: true, force: true });
}
