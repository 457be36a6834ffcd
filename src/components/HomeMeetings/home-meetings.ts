// <home-meetings>: moves each upcoming meeting that is over on the visitor's clock to the top of
// the past meetings, in order of start, and does it again when the next one ends while the page
// stays open. The build split the lists; this only corrects what time has changed since.

import { ClockElement } from '../clock-element.ts';

const instant = (item: Element, which: 'start' | 'end') =>
	Date.parse(item.getAttribute(`data-${which}`) ?? '');

class HomeMeetings extends ClockElement {
	protected update() {
		const upcoming = this.querySelector<HTMLElement>('[data-list="upcoming"]');
		const past = this.querySelector<HTMLElement>('[data-list="past"]');
		if (!upcoming || !past) return undefined;
		const now = Date.now();
		let nextEnd = Infinity;
		for (const item of [...upcoming.children]) {
			const end = instant(item, 'end');
			if (Number.isNaN(end)) continue;
			if (end > now) {
				nextEnd = Math.min(nextEnd, end);
				continue;
			}
			// The past list runs from the latest start back.
			const start = instant(item, 'start');
			const later = [...past.children].find((other) => !(instant(other, 'start') >= start));
			past.insertBefore(item, later ?? null);
		}
		upcoming.hidden = upcoming.children.length === 0;
		const none = this.querySelector<HTMLElement>('[data-none]');
		if (none) none.hidden = !upcoming.hidden;
		const pastSection = past.closest('section');
		if (pastSection) pastSection.hidden = past.children.length === 0;
		return nextEnd === Infinity ? undefined : nextEnd - now + 50;
	}
}

if (!customElements.get('home-meetings')) customElements.define('home-meetings', HomeMeetings);
