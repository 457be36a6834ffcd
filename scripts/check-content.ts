// `npm run check:content [folder]`: checks every meeting like the build does and lists every
// problem at once; exits with 1 when there is any, so nothing broken is published.
import { relative, resolve } from 'node:path';

import { checkContent } from '../src/lib/content/check.ts';
import { meetingsDir } from '../src/lib/content/meetings-dir.ts';
import { formatProblems } from '../src/lib/content/rules.ts';

const folder = process.argv[2] ?? meetingsDir();
const root = resolve(folder);
const shown = relative(process.cwd(), root) || '.';
const started = performance.now();
const { meetings, problems } = checkContent(root, shown);
const took = `${Math.round(performance.now() - started)} ms`;

if (meetings === 0) {
	console.error(`No meetings found in ${shown}/: each meeting is a folder there.`);
	process.exit(1);
}
if (problems.length > 0) {
	const files = new Set(problems.map((problem) => problem.file)).size;
	console.error(
		`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (${meetings} meeting${meetings === 1 ? '' : 's'} checked in ${took}):\n`,
	);
	console.error(formatProblems(problems));
	console.error(
		'\nFix these and run `npm run check:content` again. The site cannot be built until then.',
	);
	process.exit(1);
}
console.log(
	meetings === 1
		? `The meeting in ${shown}/ is correct (${took}).`
		: `All ${meetings} meetings in ${shown}/ are correct (${took}).`,
);
