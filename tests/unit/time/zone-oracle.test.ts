// The browser's conversion (zone-time.ts, Intl only) checked in every zone the platform knows.
// moment-timezone, which carries its own copy of the IANA rules and so does not share Intl's
// mistakes, is the oracle. Luxon reads the same ICU as the browser, so agreeing with it proves
// something else: what the page's script shows agrees with what the build wrote into the page.

import { DateTime } from 'luxon';
import moment from 'moment-timezone';
import { describe, expect, it } from 'vitest';

import { meetingWindow } from '../../../src/lib/format/meeting-time.ts';
import { wallClock, type WallClock } from '../../../src/lib/time/zone-time.ts';

const zones = Intl.supportedValuesOf('timeZone');
const u4ssc = meetingWindow({
	start: '2023-06-20T09:30',
	end: '2023-06-20T16:00',
	timeZone: 'Europe/Zurich',
});
const minute = 60_000;
const from = Date.UTC(2023, 0, 1);
const to = Date.UTC(2027, 0, 1);

/** The meeting's start and end, and a minute either side of each offset change from 2023 to 2026. */
function instants(zone: string): number[] {
	const changes = (moment.tz.zone(zone)?.untils ?? []).filter((t) => t >= from && t < to);
	return [
		u4ssc.start.toMillis(),
		u4ssc.end.toMillis(),
		...changes.flatMap((t) => [t - minute, t, t + minute]),
	];
}

/**
 * Rules that changed between moment's data (IANA 2026f) and Node's ICU (2026c): Manitoba and the
 * Northwest Territories keep summer time from November 2026 on. Only those instants are skipped.
 */
const newerRules: Record<string, number> = {
	'America/Winnipeg': Date.UTC(2026, 9, 1),
	'America/Inuvik': Date.UTC(2026, 9, 1),
};
const comparable = (zone: string) => (t: number) => t < (newerRules[zone] ?? Infinity);

/** The wall clock as the build computes it (src/lib/format, Luxon on the same ICU). */
const buildClock = (instant: number, zone: string): WallClock => {
	const { year, month, day, hour, minute, offset } = DateTime.fromMillis(instant, { zone });
	return { year, month, day, hour, minute, offset };
};

const momentClock = (instant: number, zone: string): WallClock => {
	const m = moment.tz(instant, zone);
	return {
		year: m.year(),
		month: m.month() + 1,
		day: m.date(),
		hour: m.hour(),
		minute: m.minute(),
		offset: m.utcOffset(),
	};
};

describe('the conversion in every zone the platform supports, against moment-timezone', () => {
	it(`covers all ${zones.length} zones, each known to moment-timezone`, () => {
		expect(zones.length).toBeGreaterThan(400);
		expect(zones.filter((zone) => !moment.tz.zone(zone))).toEqual([]);
	});

	it('agrees with moment-timezone’s own IANA data at the meeting and around every offset change', () => {
		const wrong = zones.flatMap((zone) =>
			instants(zone)
				.filter(comparable(zone))
				.filter((t) => JSON.stringify(wallClock(t, zone)) !== JSON.stringify(momentClock(t, zone)))
				.map(
					(t) =>
						`${zone} at ${new Date(t).toISOString()}: ${JSON.stringify(wallClock(t, zone))} vs ${JSON.stringify(momentClock(t, zone))}`,
				),
		);
		expect(wrong).toEqual([]);
	});

	it('checks more than a thousand offset changes', () => {
		const count = zones.reduce((sum, zone) => sum + instants(zone).length - 2, 0);
		expect(count).toBeGreaterThan(1000);
	});

	it('would catch a clock one hour off', () => {
		const shifted = (t: number, zone: string) => wallClock(t + 3_600_000, zone);
		const caught = zones.filter(
			(zone) =>
				JSON.stringify(shifted(u4ssc.start.toMillis(), zone)) !==
				JSON.stringify(momentClock(u4ssc.start.toMillis(), zone)),
		);
		expect(caught).toEqual(zones);
	});
});

describe('the page’s script and the build, in every zone the platform supports', () => {
	it('shows what the build computed with Luxon, at the meeting and around every offset change', () => {
		const wrong = zones.flatMap((zone) =>
			instants(zone)
				.filter((t) => JSON.stringify(wallClock(t, zone)) !== JSON.stringify(buildClock(t, zone)))
				.map((t) => `${zone} at ${new Date(t).toISOString()}`),
		);
		expect(wrong).toEqual([]);
	});
});
