// The performance budgets the README states, and one way to print a measurement against them.
// The benchmarks print pass/fail; they never fail a test on a time, which varies run to run.

export const budgets = {
	/** A meeting page with everything it loads, gzip-compressed, in bytes. */
	meetingPageGzipBytes: 25 * 1024,
	/** The JavaScript a meeting page loads, gzip-compressed, in bytes. */
	meetingPageJsGzipBytes: 8 * 1024,
	/** Each Lighthouse category score (0–100), mobile, default throttling. */
	lighthouseScore: 100,
	/** Building 1000 meetings (2000 meeting pages and the rest), in seconds on 2 cores. */
	build1000Seconds: 60,
	/** How much longer 1000 meetings take to build than 100: near-linear growth at most. */
	build1000To100Ratio: 11,
} as const;

/** `PASS  label: measured (budget)` or `FAIL …`, for a value that must not exceed its budget. */
export function atMost(label: string, measured: number, budget: number, unit = ''): string {
	return `${measured <= budget ? 'PASS' : 'FAIL'}  ${label}: ${measured}${unit} (budget ≤ ${budget}${unit})`;
}

/** The same for a value that must reach its budget, such as a score. */
export function atLeast(label: string, measured: number, budget: number, unit = ''): string {
	return `${measured >= budget ? 'PASS' : 'FAIL'}  ${label}: ${measured}${unit} (budget ≥ ${budget}${unit})`;
}
