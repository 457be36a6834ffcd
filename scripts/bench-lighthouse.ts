// Lighthouse benchmark: the English and Russian home page and one meeting, year and series page in
// each language, mobile with the default (simulated) throttling, through Debian's Chromium. Prints the four category scores and LCP, TBT
// and CLS, with pass/fail against the budget of 100 in every category. Needs `npm run build` first.
// Run: npm run bench:lighthouse

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { chromiumArgs, chromiumPath } from './harness/browser.ts';
import { serveStatic } from './harness/server.ts';
import { locales } from '../src/i18n/locales.ts';
import { dist, pagePaths } from './harness/site.ts';
import { atLeast, budgets } from './harness/budgets.ts';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const chromeFlags = chromiumArgs.join(' ');

interface LighthouseReport {
	categories: Record<(typeof categories)[number], { score: number | null }>;
	audits: Record<string, { numericValue?: number; displayValue?: string }>;
	runtimeError?: { code: string; message: string };
}

/** Runs the Lighthouse CLI on the project's Node (this process's) and reads its JSON report. */
async function lighthouse(url: string, work: string): Promise<LighthouseReport> {
	const report = join(work, 'report.json');
	// Asynchronous: the site is served from this very process, which must keep answering.
	await promisify(execFile)(
		process.execPath,
		[
			'node_modules/lighthouse/cli/index.js',
			url,
			`--chrome-path=${chromiumPath}`,
			`--chrome-flags=${chromeFlags}`,
			`--only-categories=${categories.join(',')}`,
			'--output=json',
			`--output-path=${report}`,
			'--quiet',
		],
		// chrome-launcher finds the browser through CHROME_PATH.
		{ encoding: 'utf8', env: { ...process.env, CHROME_PATH: chromiumPath }, timeout: 300_000 },
	);
	const parsed = JSON.parse(readFileSync(report, 'utf8')) as LighthouseReport;
	if (parsed.runtimeError) {
		throw new Error(
			`Lighthouse on ${url}: ${parsed.runtimeError.code} ${parsed.runtimeError.message}`,
		);
	}
	return parsed;
}

// One page of each template in each language is enough: every meeting, year or series page comes
// from the same template as the first one of its kind.
const templates = [/^\/[a-z]{2}\/$/, /\/meetings\//, /\/years\//, /\/series\//];
const paths = locales.flatMap((locale) =>
	templates.flatMap((template) => {
		const first = pagePaths().find((path) => path.startsWith(`/${locale}/`) && template.test(path));
		return first ? [first] : [];
	}),
);
const server = await serveStatic(dist);
const work = mkdtempSync(join(tmpdir(), 'lighthouse-'));
const verdicts: string[] = [];
try {
	for (const path of paths) {
		const report = await lighthouse(`${server.url}${path}`, work);
		const score = (category: (typeof categories)[number]) =>
			Math.round((report.categories[category].score ?? 0) * 100);
		const metric = (id: string) => report.audits[id]?.displayValue ?? 'n/a';
		console.log(
			`${path}  ` +
				categories.map((category) => `${category} ${score(category)}`).join(', ') +
				`  |  LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, ` +
				`CLS ${metric('cumulative-layout-shift')}`,
		);
		for (const category of categories) {
			verdicts.push(atLeast(`${path} ${category}`, score(category), budgets.lighthouseScore));
		}
	}
	console.log(verdicts.join('\n'));
} finally {
	await server.close();
	rmSync(work, { recursive: true, force: true });
}
