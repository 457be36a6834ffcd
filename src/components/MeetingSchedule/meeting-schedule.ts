// <meeting-schedule>: shows the meeting in the visitor's zone (detected, chosen in the picker, or
// shared as ?tz=): in the hero, led by their window (MeetingWhen.astro), and here, their window
// with its city, offset, part of the day and 24-hour bar; marks their row among the reference
// cities and fills the programme's "your time" column. Intl only: Luxon stays at build time.

import { intlLocale, isLocale, type Locale } from '../../i18n/locales.ts';
import { barBlocks, dayPartPhrase, describeWindow, readWords } from '../../lib/time/day-parts.ts';
import { localTimes, visitorWindow } from '../../lib/time/local-window.ts';
import type { ZoneMatch } from '../../lib/time/zone-search.ts';
import { knownZone, offsetLabel, wallClock, windowZoneLabel } from '../../lib/time/zone-time.ts';
import { chooseZone, initialZone, zoneCity, type VisitorZone } from './visitor-zone.ts';
import type { ZoneList } from './zone-picker-list.ts';

const svg = 'http://www.w3.org/2000/svg';
/** How long the first paint waits for the visitor's city's name before showing the offset alone. */
const CITY_WAIT = 800;

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
		this.#show(initialZone(), CITY_WAIT);
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
		this.#show(chosen);
		// Announced by the zone's name in the page's language: "Minsk · Belarus (UTC+3)".
		void this.#loadZones().then((list) => {
			if (action !== this.#action) return;
			const name = list.entry(chosen.zone)?.label ?? chosen.zone;
			const offset = offsetLabel(wallClock(this.#window[0], chosen.zone).offset);
			this.#say(this.#text('announce', { zone: `${name} (${offset})` }));
		});
	}

	/**
	 * Renders every time for the visitor's zone: the hero's (MeetingWhen.astro), the visitor's own
	 * line here, the table's mark, the programme's column. As the page opens, the city's name may
	 * take a moment (`wait`, then shown without it and added when it comes).
	 */
	#show({ zone, source }: VisitorZone, wait = 0) {
		this.#shown = zone;
		const [start, end] = this.#window;
		const then = this.dataset.then ?? '{start}, {end}';
		const write = (city?: string) => {
			if (this.#shown !== zone) return;
			const yours = visitorWindow(this.#window, zone, this.#locale, then, city);
			const target = this.querySelector('[data-your-window]');
			if (target) target.textContent = `${yours.date}, ${yours.times} (${yours.zone})`;
			this.#hero(zone, yours);
		};
		const city = zoneCity(zone, this.#lang);
		void Promise.race([city, new Promise<undefined>((done) => setTimeout(done, wait))]).then(
			(name) => {
				write(name);
				if (name === undefined) void city.then((late) => late && write(late));
			},
		);
		const words = this.dataset.words ? readWords(this.dataset.words) : undefined;
		const local = describeWindow(wallClock(start, zone), wallClock(end, zone));
		const wordsTarget = this.querySelector('[data-your-words]');
		if (wordsTarget) wordsTarget.textContent = words && local ? dayPartPhrase(local, words) : '';
		this.#drawBar(barBlocks(wallClock(start, zone), wallClock(end, zone)));

		for (const note of this.querySelectorAll<HTMLElement>('[data-source]')) {
			note.hidden = note.dataset.source !== source;
		}
		const clocks = (z: string) => `${wallClock(start, z).offset}/${wallClock(end, z).offset}`;
		const yours = this.querySelector<HTMLElement>('[data-yours]')?.dataset.yours ?? '';
		for (const row of this.querySelectorAll<HTMLElement>('tr[data-zone]')) {
			// The visitor's row is any city whose clocks read the same throughout the meeting.
			const mine = clocks(row.dataset.zone!) === clocks(zone);
			row.querySelector('.mark')?.remove();
			if (!mine) {
				row.removeAttribute('aria-current');
				continue;
			}
			row.setAttribute('aria-current', 'true');
			const mark = document.createElement('span');
			mark.className = 'mark';
			mark.textContent = yours;
			row.querySelector('.zone')?.before(mark);
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

	/**
	 * The hero's visitor layout (MeetingWhen.astro), filled and shown when the visitor's clocks
	 * differ from the meeting's: "16:30–23:00 your time (Tokyo, UTC+9)", day markers small.
	 */
	#hero(zone: string, { date, times, zone: label }: ReturnType<typeof visitorWindow>) {
		const hero = document.querySelector<HTMLElement>('.hero-time');
		if (!hero) return;
		const [start, end] = this.#window;
		const clocks = (z: string) => `${wallClock(start, z).offset}/${wallClock(end, z).offset}`;
		if (clocks(zone) === clocks(this.#home)) return void delete hero.dataset.visitor;
		const slot = (name: string) => hero.querySelector(`[data-${name}]`)!;
		// A line of its own, so with a capital in Russian too, as the server writes the date.
		slot('date').textContent = date.charAt(0).toLocaleUpperCase(this.#locale) + date.slice(1);
		slot('time').replaceChildren(
			...times.split(/( [+\u2212]\d+\s[^–]+)/).map((part, index) => {
				if (index % 2 === 0) return part;
				const marker = document.createElement('small');
				marker.textContent = part;
				return marker;
			}),
		);
		// "{time} your time ({zone})": the words after the time, the time itself set large.
		slot('label').textContent = (hero.dataset.your ?? '{time} ({zone})')
			.replace('{zone}', label)
			.replace('{time}', '')
			.trim();
		hero.dataset.visitor = '';
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
