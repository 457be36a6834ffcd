// <key-deadlines>: next to each deadline, how far off it is on the reader's day ("in 12 days",
// «через 12 дней») or that it has passed; checked again every hour while the page stays open.

import { intlLocale, isLocale } from '../../i18n/locales.ts';
import { daysUntilDeadline, deadlineDistance } from '../../lib/time/deadlines.ts';
import { knownZone } from '../../lib/time/zone-time.ts';
import { ClockElement } from '../clock-element.ts';

const HOUR = 3_600_000;

class KeyDeadlines extends ClockElement {
	protected update() {
		const zone = knownZone(this.dataset.zone);
		if (!zone) return undefined;
		const lang = this.closest('[lang]')?.getAttribute('lang');
		const locale = intlLocale[isLocale(lang) ? lang : 'en'];
		const passed = this.dataset.passedText ?? '';
		const now = Date.now();
		for (const item of this.querySelectorAll<HTMLElement>('li[data-date]')) {
			const days = daysUntilDeadline(now, item.dataset.date ?? '', zone);
			if (Number.isNaN(days)) continue;
			const slot = item.querySelector('[data-distance]');
			if (!slot) continue;
			slot.textContent = deadlineDistance(days, locale) ?? passed;
			item.toggleAttribute('data-passed', days < 0);
		}
		return HOUR;
	}
}

if (!customElements.get('key-deadlines')) customElements.define('key-deadlines', KeyDeadlines);
