// The build's "now": what splits upcoming from past meetings on the home page and bounds the
// calendar feed. Read once per build; BUILD_TIME pins it (tests, reproducible benchmarks).

let now: number | undefined;

/** Milliseconds since the epoch at which this build takes place. */
export function buildNow(): number {
	now ??= readBuildTime(process.env.BUILD_TIME);
	return now;
}

/**
 * `BUILD_TIME` as an instant with its offset ("2026-06-01T12:00:00Z"), or the machine's clock when
 * it is unset. A value without an offset would depend on the build machine's zone: refused.
 */
export function readBuildTime(value: string | undefined, clock = Date.now): number {
	if (value === undefined || value === '') return clock();
	const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)
		? Date.parse(value)
		: NaN;
	if (Number.isNaN(instant)) {
		throw new Error(
			`BUILD_TIME="${value}" is not an instant with an offset; write it as 2026-06-01T12:00:00Z`,
		);
	}
	return instant;
}
