// The performance budgets the README states, and one way to print a measurement against them.
// The benchmarks print pass/fail; they never fail a test on a time, which varies run to run.

export const budgets = {
	/** A page with everything it loads, gzip-compressed, in bytes. */
	pageGzipBytes: 25 * 1024,
	/** The JavaScript a page loads, gzip-compressed, in bytes. */
	pageJsGzipBytes: 8 * 1024,
	/** Each Lighthouse category score (0–100), mobile, default throttling. */
	lighthouseScore: 100,
	/** Building 1000 meetings (2000 meeting pages and the rest, and the search index), in seconds on 2 cores. */
	build1000Seconds: 60,
	/** How much longer 1000 meetings take to build than 100: near-linear growth at most. */
	build1000To100Ratio: 11,
	/** A home page's HTML at 1000 meetings, uncompressed, in bytes. */
	homeHtmlBytes: 60 * 1024,
	/** A language's calendar feed at 1000 meetings, in bytes. */
	calendarFeedBytes: 200 * 1024,
	/** A rebuild after one meeting of 1000 changed, as a share of the first (cold) build's time. */
	rebuildRatio: 0.6,
	/** Everything in dist/ at 1000 meetings, in megabytes (10^6 bytes). */
	distMegabytes: 100,
} as const;

/** `PASS  label: measured (budget)` or `FAIL …`, for a value that must not exceed its budget. */
export function atMost(label: string, measured: number, budget: number, unit = ''): string {
	return `${measured <= budget ? 'PASS' : 'FAIL'}  ${label}: ${measured}${unit} (budget ≤ ${budget}${unit})`;
}

/** The same for a value that must reach its budget, such as a score. */
export function atLeast(label: string, measured: number, budget: number, unit = ''): string {
	return `${measured >= budget ? 'PASS' : 'FAIL'}  ${label}: ${measured}${unit} (budget ≥ ${budget}${unit})`;
}
