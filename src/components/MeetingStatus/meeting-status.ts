// <meeting-status>: shows the children whose `data-when` names the meeting's current phase, counts
// down to the start or the end, and updates itself every minute while the page is open.

import { intlLocale, isLocale } from '../../i18n/locales.ts';
import { formatDuration } from '../../lib/time/countdown.ts';
import { meetingPhase, untilNextPhase } from '../../lib/time/phase.ts';
import { ClockElement } from '../clock-element.ts';

class MeetingStatus extends ClockElement {
	protected update() {
		const start = Date.parse(this.dataset.start ?? '');
		const end = Date.parse(this.dataset.end ?? '');
		if (Number.isNaN(start) || Number.isNaN(end)) return undefined;
		const now = Date.now();
		const phase = meetingPhase(now, start, end);
		this.dataset.phase = phase;
		for (const element of this.querySelectorAll<HTMLElement>('[data-when]')) {
			element.hidden = !(element.dataset.when ?? '').split(' ').includes(phase);
		}
		const wait = untilNextPhase(now, start, end);
		if (wait === undefined) return undefined;
		const lang = this.closest('[lang]')?.getAttribute('lang');
		const text = formatDuration(wait, intlLocale[isLocale(lang) ? lang : 'en']);
		for (const slot of this.querySelectorAll('[data-countdown]')) slot.textContent = text;
		// The countdown shows whole minutes (rounded up): redraw when the next one begins.
		const nextMinute = wait % 60_000 || 60_000;
		return nextMinute + 50;
	}
}

if (!customElements.get('meeting-status')) customElements.define('meeting-status', MeetingStatus);
