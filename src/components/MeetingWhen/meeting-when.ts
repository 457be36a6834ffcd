// <meeting-when>: the hero's time, led by the visitor's own window when their clocks differ from
// the meeting's: their date, "16:30–23:00 your time (Tokyo, UTC+9)", then the meeting's zone and
// UTC. The server rendered both layouts one over the other; this fills the visitor's and shows it.
// Same clocks: the server's layout stays.

import { intlLocale, isLocale } from '../../i18n/locales.ts';
import { visitorWindow } from '../../lib/time/local-window.ts';
import { knownZone, wallClock } from '../../lib/time/zone-time.ts';
import {
	initialZone,
	zoneChange,
	zoneCity,
	type VisitorZone,
} from '../MeetingSchedule/visitor-zone.ts';

/** How long the first paint waits for the city's name before showing the offset alone. */
const CITY_WAIT = 800;

class MeetingWhen extends HTMLElement {
	#shown = '';

	connectedCallback() {
		const start = Date.parse(this.dataset.start ?? '');
		const end = Date.parse(this.dataset.end ?? '');
		const home = knownZone(this.dataset.zone);
		if (Number.isNaN(start) || Number.isNaN(end) || !home) return;
		const lang = this.closest('[lang]')?.getAttribute('lang') ?? 'en';
		const show = ({ zone }: VisitorZone, wait = Infinity) => {
			this.#shown = zone;
			const clocks = (z: string) => `${wallClock(start, z).offset}/${wallClock(end, z).offset}`;
			if (clocks(zone) === clocks(home)) {
				delete this.dataset.visitor;
				return;
			}
			const city = zoneCity(zone, lang);
			const render = (name: string | undefined) =>
				this.#shown === zone && this.#render(zone, name, [start, end], lang);
			const late = new Promise<undefined>((resolve) => setTimeout(resolve, wait));
			void Promise.race([city, late]).then((name) => {
				render(name);
				// Named later than the first paint could wait for: the city joins its line.
				if (name === undefined) void city.then((named) => named && render(named));
			});
		};
		show(initialZone(), CITY_WAIT);
		document.addEventListener(zoneChange, (event) =>
			show((event as CustomEvent<VisitorZone>).detail),
		);
	}

	#render(zone: string, city: string | undefined, window: [number, number], lang: string) {
		const locale = intlLocale[isLocale(lang) ? lang : 'en'];
		const slot = (name: string) => this.querySelector(`[data-${name}]`)!;
		const {
			date,
			times,
			zone: label,
		} = visitorWindow(window, zone, locale, this.dataset.then ?? '{start}, {end}', city);
		slot('date').textContent = date;
		// "19:30–02:00 +1 day": the day markers in ordinary type, so the times keep to one line.
		slot('time').replaceChildren(
			...times.split(/( [+\u2212]\d+\s[^–]+)/).map((part, index) => {
				if (index % 2 === 0) return part;
				const marker = document.createElement('small');
				marker.textContent = part;
				return marker;
			}),
		);
		// "{time} your time ({zone})": the words after the time, the time itself set large.
		slot('label').textContent = (this.dataset.your ?? '{time} ({zone})')
			.replace('{zone}', label)
			.replace('{time}', '')
			.trim();
		this.dataset.visitor = '';
	}
}

if (!customElements.get('meeting-when')) customElements.define('meeting-when', MeetingWhen);
