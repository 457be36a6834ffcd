// <meeting-status>: shows the children whose `data-when` names the meeting's current phase, and
// updates itself when the meeting starts or ends while the page is open.

import { meetingPhase, untilNextPhase } from '../lib/phase.ts';

/** setTimeout fires at once for delays over 2^31−1 ms; wake up at least that often. */
const MAX_DELAY = 2 ** 31 - 1;

class MeetingStatus extends HTMLElement {
	#timer: ReturnType<typeof setTimeout> | undefined;

	connectedCallback() {
		this.#update();
	}

	disconnectedCallback() {
		clearTimeout(this.#timer);
	}

	#update() {
		const start = Date.parse(this.dataset.start ?? '');
		const end = Date.parse(this.dataset.end ?? '');
		if (Number.isNaN(start) || Number.isNaN(end)) return;
		const now = Date.now();
		const phase = meetingPhase(now, start, end);
		this.dataset.phase = phase;
		for (const element of this.querySelectorAll<HTMLElement>('[data-when]')) {
			element.hidden = !(element.dataset.when ?? '').split(' ').includes(phase);
		}
		const wait = untilNextPhase(now, start, end);
		if (wait !== undefined)
			this.#timer = setTimeout(() => this.#update(), Math.min(wait + 50, MAX_DELAY));
	}
}

if (!customElements.get('meeting-status')) customElements.define('meeting-status', MeetingStatus);
