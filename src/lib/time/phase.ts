// Where a meeting stands at a given moment. Shared by the build and the browser; no dependencies.

export const phases = ['upcoming', 'live', 'ended'] as const;
export type Phase = (typeof phases)[number];

/** `upcoming` before the start, `live` from the start until the end, `ended` from the end on. */
export function meetingPhase(now: number, start: number, end: number): Phase {
	if (now < start) return 'upcoming';
	if (now < end) return 'live';
	return 'ended';
}

/** Whether the meeting is over at `now`: what a page built then can be sure of for good. */
export function hasEnded(now: number, start: number, end: number): boolean {
	return meetingPhase(now, start, end) === 'ended';
}

/** Milliseconds until the phase next changes, or undefined once the meeting has ended. */
export function untilNextPhase(now: number, start: number, end: number): number | undefined {
	if (now < start) return start - now;
	if (now < end) return end - now;
	return undefined;
}

/** setTimeout fires at once for delays over 2^31−1 ms (24.8 days); wake up at least that often. */
export const MAX_TIMER_DELAY = 2 ** 31 - 1;
