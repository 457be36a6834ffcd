// A custom element that redraws itself from the visitor's clock: on connection, then again when
// its update() says the page will next change, until it is removed.

import { MAX_TIMER_DELAY } from '../lib/time/phase.ts';

export abstract class ClockElement extends HTMLElement {
	#timer: ReturnType<typeof setTimeout> | undefined;

	connectedCallback() {
		this.#run();
	}

	disconnectedCallback() {
		clearTimeout(this.#timer);
	}

	/** Brings the element up to date; returns the milliseconds until it must look again, if ever. */
	protected abstract update(): number | undefined;

	#run() {
		const wait = this.update();
		if (wait === undefined) return;
		this.#timer = setTimeout(() => this.#run(), Math.min(wait, MAX_TIMER_DELAY));
	}
}
