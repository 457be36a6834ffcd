import { describe, expect, it } from 'vitest';

import { hasEnded, meetingPhase, untilNextPhase } from '../../../src/lib/time/phase.ts';

const start = Date.UTC(2023, 5, 20, 7, 30);
const end = Date.UTC(2023, 5, 20, 14, 0);

describe('meetingPhase', () => {
	it.each([
		['a minute before the start', start - 60_000, 'upcoming', 60_000],
		['at the start', start, 'live', end - start],
		['a minute before the end', end - 60_000, 'live', 60_000],
		['at the end', end, 'ended', undefined],
		['three years later', Date.UTC(2026, 10, 30), 'ended', undefined],
	])('says %s', (_, now, phase, wait) => {
		expect(meetingPhase(now, start, end)).toBe(phase);
		expect(untilNextPhase(now, start, end)).toBe(wait);
		expect(hasEnded(now, start, end)).toBe(phase === 'ended');
	});
});
