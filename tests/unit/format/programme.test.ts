import { describe, expect, it } from 'vitest';

import { programmeRows } from '../../../src/lib/format/programme.ts';
import type { Schedule } from '../../../src/schemas/meeting.ts';

/** Expected text with "~" for each no-break space typography puts in. */
const nb = (text: string) => text.replace(/~/g, '\u00a0');

const session = (id: string, start: string, end: string) => ({ id, start, end });

describe('programmeRows', () => {
	it('gives a meeting of one afternoon its sessions alone: no date rows, no offsets', () => {
		const sessions = [
			session('opening', '2025-03-10T14:00', '2025-03-10T14:30'),
			session('plan', '2025-03-10T16:15', '2025-03-10T18:30'),
		];
		const schedule: Schedule = {
			start: '2025-03-10T14:00',
			end: '2025-03-10T18:30',
			timeZone: 'Europe/Zurich',
			programme: sessions,
		};
		const rows = programmeRows(sessions, schedule, 'en');
		expect(rows.map(({ day, zone }) => [day, zone])).toEqual([
			[undefined, undefined],
			[undefined, undefined],
		]);
		// Geneva is on CET (UTC+1) in early March: 14:00 there is 13:00 UTC.
		expect(rows[0]!.window.start.toUTC().toISO()).toBe('2025-03-10T13:00:00.000Z');
	});

	it('opens each day with its date, and names the offset of each session when the clocks change', () => {
		// Europe went over to summer time at 01:00 UTC on Sunday 30 March 2025.
		const sessions = [
			session('one', '2025-03-29T09:00', '2025-03-29T12:00'),
			session('two', '2025-03-29T14:00', '2025-03-29T17:00'),
			session('three', '2025-03-30T09:00', '2025-03-30T12:00'),
		];
		const schedule: Schedule = {
			start: '2025-03-29T09:00',
			end: '2025-03-30T12:00',
			timeZone: 'Europe/Zurich',
			programme: sessions,
		};
		expect(programmeRows(sessions, schedule, 'en').map(({ day, zone }) => [day, zone])).toEqual([
			[nb('Saturday, 29~March 2025'), 'CET, UTC+1'],
			[undefined, 'CET, UTC+1'],
			[nb('Sunday, 30~March 2025'), 'CEST, UTC+2'],
		]);
		const russian = programmeRows(sessions, schedule, 'ru');
		expect(russian[2]!.day).toBe(nb('Воскресенье, 30~марта 2025~г.'));
		// The meeting's own zone keeps its abbreviation in Russian too, as in the hero.
		expect(russian[2]!.zone).toBe('CEST, UTC+2');
	});
});
