// <meeting-schedule>: shows the meeting in the visitor's zone (detected, chosen in the picker, or
// shared as ?tz=): their window with its city, offset, part of the day and 24-hour bar; marks their
// row among the reference cities and fills the programme's "your time" column. A choice reaches
// the hero too (visitor-zone.ts). Intl only: Luxon stays at build time.

import { intlLocale, isLocale, type Locale } from '../../i18n/locales.ts';
import {
	barBlocks,
	dayPartPhrase,
	describeWindow,
	type DayPartWords,
} from '../../lib/time/day-parts.ts';
import { localDate, localTimes, visitorWindow } from '../../lib/time/local-window.ts';
import type { ZoneMatch } from '../../lib/time/zone-search.ts';
import { knownZone, offsetLabel, wallClock, windowZoneLabel } from '../../lib/time/zone-time.ts';
import { chooseZone, initialZone, zoneChange, zoneCity, type VisitorZone } from './visitor-zone.ts';
import type { ZoneList } from './zone-picker-list.ts';

const svg = 'http://www.w3.org/2000/svg';

class MeetingSchedule extends HTMLElement {
	#lang: Locale = 'en';
	#locale = 'en-GB';
	#window: [number, number] = [0, 0];
	#home = 'UTC';
	#zones: Promise<ZoneList> | undefined;
	/** Counts the visitor's choices and resets; an answer that arrives after a newer one is dropped. */
	#action = 0;
	#shown = '';

	connectedCallback() {
		// Without a valid window there is nothing to convert; the server's table stays as it is.
		const start = Date.parse(this.dataset.start ?? '');
		const end = Date.parse(this.dataset.end ?? '');
		const home = knownZone(this.dataset.zone);
		if (Number.isNaN(start) || Number.isNaN(end) || !home) return;
		this.#window = [start, end];
		this.#home = home;
		const lang = this.closest('[lang]')?.getAttribute('lang');
		this.#lang = isLocale(lang) ? lang : 'en';
		this.#locale = intlLocale[this.#lang];
		const form = this.querySelector<HTMLFormElement>('[data-picker]');
		const input = form?.querySelector('input');
		form?.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.#find(input?.value ?? '');
		});
		input?.addEventListener('focus', () => void this.#loadZones(), { once: true });
		this.querySelector('[data-reset]')?.addEventListener('click', () => {
			this.#action++;
			this.#choose(undefined);
		});
		this.querySelector('[data-choose]')?.addEventListener('click', () => {
			const zone = this.querySelector('select')?.value;
			if (zone) this.#choose(zone);
		});
		document.addEventListener(zoneChange, (event) =>
			this.#show((event as CustomEvent<VisitorZone>).detail),
		);
		this.#show(initialZone());
		this.dataset.ready = '';
	}

	#text(name: string, values: Record<string, string> = {}): string {
		const template = this.querySelector<HTMLTemplateElement>(`template[data-text="${name}"]`);
		let text = template?.content.textContent ?? '';
		for (const [key, value] of Object.entries(values)) text = text.replace(`{${key}}`, value);
		return text;
	}

	#say(text: string) {
		const region = this.querySelector('[data-announce]');
		if (region) region.textContent = text;
	}

	/**
	 * The picker's list and search, loaded once, on first use. If its code cannot be loaded (offline,
	 * or a new deployment replaced it), zone names typed in full still work, the next use tries
	 * again, and announcements name the zone by its id.
	 */
	#loadZones(): Promise<ZoneList> {
		this.#zones ??= import('./zone-picker-list.ts')
			.then(({ loadZoneList }) =>
				loadZoneList({
					lang: this.#lang,
					locale: this.#locale,
					datalist: this.querySelector('datalist'),
					instants: this.#window,
				}),
			)
			.catch(() => {
				this.#zones = undefined;
				return { find: () => undefined, entry: () => undefined };
			});
		return this.#zones;
	}

	async #find(query: string) {
		const action = ++this.#action;
		const typed = knownZone(query.trim());
		const list = await this.#loadZones();
		const found: ZoneMatch | undefined = typed ? { zone: typed } : list.find(query);
		if (action !== this.#action) return;
		this.#offer([]);
		if (!found) return this.#say(this.#text('notFound'));
		if ('notInUse' in found) {
			const date = localDate(...this.#window, this.#home, this.#locale);
			return this.#say(this.#text('notInUse', { query: found.notInUse, date }));
		}
		if ('choices' in found) {
			const offset = (zone: string) => offsetLabel(wallClock(this.#window[0], zone).offset);
			this.#offer(
				found.choices.map((zone) => [zone, `${list.entry(zone)?.place ?? zone} (${offset(zone)})`]),
				query.trim(),
			);
			return;
		}
		this.#choose(found.zone, list.entry(found.zone)?.city);
	}

	/** Shows the zones a text could mean, to choose one from; none hides the choice. */
	#offer(choices: [zone: string, label: string][], query = '') {
		const box = this.querySelector<HTMLElement>('[data-choices]');
		const select = box?.querySelector('select');
		if (!box || !select) return;
		box.hidden = choices.length === 0;
		if (box.hidden) return;
		const text = this.#text('choose', { query });
		box.querySelector('label')!.textContent = text;
		select.replaceChildren(...choices.map(([zone, label]) => new Option(label, zone)));
		select.focus();
		this.#say(text);
	}

	#choose(zone: string | undefined, city?: string) {
		this.#offer([]);
		const action = this.#action;
		const chosen = chooseZone(zone, city ? { city, lang: this.#lang } : undefined);
		// Announced by the zone's name in the page's language: "Minsk · Belarus (UTC+3)".
		void this.#loadZones().then((list) => {
			if (action !== this.#action) return;
			const name = list.entry(chosen.zone)?.label ?? chosen.zone;
			const offset = offsetLabel(wallClock(this.#window[0], chosen.zone).offset);
			this.#say(this.#text('announce', { zone: `${name} (${offset})` }));
		});
	}

	/** Renders every time for the visitor's zone. */
	#show({ zone, source }: VisitorZone) {
		this.#shown = zone;
		const [start, end] = this.#window;
		const then = this.dataset.then ?? '{start}, {end}';
		const target = this.querySelector('[data-your-window]');
		const write = (city?: string) => {
			if (!target || this.#shown !== zone) return;
			const yours = visitorWindow(this.#window, zone, this.#locale, then, city);
			target.textContent = `${yours.date}, ${yours.times} (${yours.zone})`;
		};
		write();
		void zoneCity(zone, this.#lang).then(write);
		const words = JSON.parse(this.dataset.words ?? 'null') as DayPartWords | null;
		const local = describeWindow(wallClock(start, zone), wallClock(end, zone));
		const wordsTarget = this.querySelector('[data-your-words]');
		if (wordsTarget) wordsTarget.textContent = words && local ? dayPartPhrase(local, words) : '';
		this.#drawBar(barBlocks(wallClock(start, zone), wallClock(end, zone)));

		for (const note of this.querySelectorAll<HTMLElement>('[data-source]')) {
			note.hidden = note.dataset.source !== source;
		}
		const clocks = (z: string) => `${wallClock(start, z).offset}/${wallClock(end, z).offset}`;
		for (const row of this.querySelectorAll<HTMLElement>('tr[data-zone]')) {
			const other = knownZone(row.dataset.zone);
			const mine = other === zone || (other !== undefined && clocks(other) === clocks(zone));
			if (mine) row.setAttribute('aria-current', 'true');
			else row.removeAttribute('aria-current');
			row.querySelector<HTMLElement>('[data-yours]')!.hidden = !mine;
		}
		for (const cell of this.querySelectorAll<HTMLElement>('[data-your-column]'))
			cell.hidden = false;
		// Each session's offset is named when the visitor's clocks change during the meeting.
		const changes = wallClock(start, zone).offset !== wallClock(end, zone).offset;
		for (const row of this.querySelectorAll<HTMLElement>('tr[data-start]')) {
			const cell = row.querySelector<HTMLElement>('[data-your-time]');
			if (!cell) continue;
			cell.hidden = false;
			const from = Date.parse(row.dataset.start!);
			const to = Date.parse(row.dataset.end!);
			const times = localTimes(from, to, zone, this.#locale, wallClock(from, this.#home));
			cell.textContent = changes
				? `${times} (${windowZoneLabel([from, to], zone, { then })})`
				: times;
		}
	}

	/** The visitor's 24-hour bar: a copy of the server's empty bar with the meeting's blocks. */
	#drawBar(blocks: [number, number][]) {
		const slot = this.querySelector('[data-your-bar]');
		const template = this.querySelector<HTMLTemplateElement>('template[data-bar]');
		const bar = template?.content.firstElementChild?.cloneNode(true) as SVGElement | undefined;
		if (!slot || !bar) return;
		for (const [from, to] of blocks) {
			const block = document.createElementNS(svg, 'line');
			block.setAttribute('x1', String(from));
			block.setAttribute('x2', String(to));
			bar.append(block);
		}
		slot.replaceChildren(...(blocks.length ? [bar] : []));
	}
}

if (!customElements.get('meeting-schedule'))
	customElements.define('meeting-schedule', MeetingSchedule);
