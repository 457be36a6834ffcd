// <meeting-schedule>: shows the meeting in the visitor's zone (detected, chosen in the picker,
// or shared as ?tz=), remembers the choice, marks the visitor's row among the reference cities
// and fills the programme's "your time" column. Intl only: Luxon stays at build time.

import { intlLocale, isLocale } from '../../i18n/locales.ts';
import { dateTimeFormat } from '../../lib/time/intl-cache.ts';
import { keepNumbersWithWords } from '../../lib/time/typography.ts';
import {
	dayMarker,
	daysBetween,
	knownZone,
	offsetLabel,
	wallClock,
} from '../../lib/time/zone-time.ts';
import type { ZoneList } from './zone-picker-list.ts';

const storageKey = 'meetings.timeZone';
type Source = 'detected' | 'chosen' | 'fallback';

function readStorage(): string | undefined {
	try {
		return knownZone(localStorage.getItem(storageKey));
	} catch {
		return undefined; // storage may be disabled; the detected zone is used instead
	}
}

function writeStorage(zone: string | undefined) {
	try {
		if (zone) localStorage.setItem(storageKey, zone);
		else localStorage.removeItem(storageKey);
	} catch {
		// Not remembered, but the page still works and the URL still carries the choice.
	}
}

class MeetingSchedule extends HTMLElement {
	#locale = 'en-GB';
	#zones: Promise<ZoneList> | undefined;
	/** Counts the visitor's choices and resets; an answer that arrives after a newer one is dropped. */
	#action = 0;

	connectedCallback() {
		// Without a valid window there is nothing to convert; the server's table stays as it is.
		if (Number.isNaN(Date.parse(this.dataset.start ?? '')) || !knownZone(this.dataset.zone)) return;
		if (Number.isNaN(Date.parse(this.dataset.end ?? ''))) return;
		const lang = this.closest('[lang]')?.getAttribute('lang');
		this.#locale = intlLocale[isLocale(lang) ? lang : 'en'];
		const form = this.querySelector<HTMLFormElement>('[data-picker]');
		const input = form?.querySelector('input');
		form?.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.#choose(input?.value ?? '');
		});
		input?.addEventListener('focus', () => void this.#loadZones(), { once: true });
		this.querySelector('[data-reset]')?.addEventListener('click', () => {
			this.#action++;
			writeStorage(undefined);
			this.#setUrl(undefined);
			const zone = this.#device();
			void this.#announce(this.#show(zone, 'detected'), zone);
		});
		const shared = new URLSearchParams(location.search).get('tz');
		if (shared !== null) {
			const zone = knownZone(shared);
			this.#show(zone ?? this.#device(), zone ? 'chosen' : 'fallback');
		} else {
			const stored = readStorage();
			this.#show(stored ?? this.#device(), stored ? 'chosen' : 'detected');
		}
		this.querySelector<HTMLElement>('[data-enhanced]')!.hidden = false;
	}

	#device(): string {
		return knownZone(Intl.DateTimeFormat().resolvedOptions().timeZone) ?? 'UTC';
	}

	#text(name: string, zone = ''): string {
		const template = this.querySelector<HTMLTemplateElement>(`template[data-text="${name}"]`);
		const text = template?.content.textContent ?? '';
		return text.replace('{zone}', zone);
	}

	/** Tells screen readers (and everyone) what changed: the zone by its name in the page's
	 * language ("Kolkata · India · India Standard Time"), or `text` itself when no zone is given. */
	async #announce(text: string, zone?: string) {
		const region = this.querySelector('[data-announce]');
		if (!region) return;
		if (!zone) {
			region.textContent = text;
			return;
		}
		const action = this.#action;
		const label = (await this.#loadZones()).label(zone);
		if (action !== this.#action) return;
		region.textContent = this.#text('announce', `${label ?? zone} (${text})`);
	}

	#setUrl(zone: string | undefined) {
		const url = new URL(location.href);
		if (zone) url.searchParams.set('tz', zone);
		else url.searchParams.delete('tz');
		history.replaceState(history.state, '', url);
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
					locale: this.#locale,
					citiesPath: this.dataset.zoneCities,
					cities: JSON.parse(this.dataset.cities ?? '{}') as Record<string, string>,
					datalist: this.querySelector('datalist'),
				}),
			)
			.catch(() => {
				this.#zones = undefined;
				return { find: () => undefined, label: () => undefined };
			});
		return this.#zones;
	}

	async #choose(query: string) {
		const action = ++this.#action;
		const zone = knownZone(query.trim()) ?? (await this.#loadZones()).find(query);
		if (action !== this.#action) return;
		if (!zone) return void this.#announce(this.#text('notFound'));
		writeStorage(zone);
		this.#setUrl(zone);
		void this.#announce(this.#show(zone, 'chosen'), zone);
	}

	/** Renders every time for `zone`; returns its offset for the announcement. */
	#show(zone: string, source: Source): string {
		const start = Date.parse(this.dataset.start ?? '');
		const end = Date.parse(this.dataset.end ?? '');
		const home = this.dataset.zone ?? 'UTC';
		const locale = this.#locale;
		const time = dateTimeFormat(locale, {
			timeZone: zone,
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23',
		});
		// A "+1 day" marker counts from the date the reader sees beside the times: the visitor's own
		// start date on the "Your time" line, the session's date (in the meeting's zone) in the
		// programme, whose rows sit under that date's heading.
		const at = (instant: number, day: ReturnType<typeof wallClock>) => {
			const marker = dayMarker(daysBetween(day, wallClock(instant, zone)), locale);
			return time.format(instant) + (marker ? ` ${marker}` : '');
		};
		const range = (from: number, to: number, day: ReturnType<typeof wallClock>) =>
			`${at(from, day)}–${at(to, day)}`;
		const date = keepNumbersWithWords(
			dateTimeFormat(locale, {
				timeZone: zone,
				weekday: 'long',
				day: 'numeric',
				month: 'long',
				year: 'numeric',
			}).format(start),
		);
		const name = dateTimeFormat(locale, { timeZone: zone, timeZoneName: 'long' })
			.formatToParts(start)
			.find((part) => part.type === 'timeZoneName')?.value;
		const offset = offsetLabel(wallClock(start, zone).offset);
		const label = [name, offset].filter((part, index) => part && (index === 0 || part !== name));
		const target = this.querySelector('[data-your-window]');
		if (target) {
			const window = range(start, end, wallClock(start, zone));
			target.textContent = `${date}, ${window} (${label.join(', ')})`;
		}

		for (const note of this.querySelectorAll<HTMLElement>('[data-source]')) {
			note.hidden = note.dataset.source !== source;
		}
		const offsets = (z: string) => `${wallClock(start, z).offset}/${wallClock(end, z).offset}`;
		for (const row of this.querySelectorAll<HTMLElement>('tr[data-zone]')) {
			const other = knownZone(row.dataset.zone);
			const mine = other === zone || (other !== undefined && offsets(other) === offsets(zone));
			if (mine) row.setAttribute('aria-current', 'true');
			else row.removeAttribute('aria-current');
			row.querySelector<HTMLElement>('[data-yours]')!.hidden = !mine;
		}
		for (const cell of this.querySelectorAll<HTMLElement>('[data-your-column]'))
			cell.hidden = false;
		for (const row of this.querySelectorAll<HTMLElement>('tr[data-start]')) {
			const cell = row.querySelector<HTMLElement>('[data-your-time]');
			if (!cell) continue;
			cell.hidden = false;
			const from = Date.parse(row.dataset.start!);
			cell.textContent = range(from, Date.parse(row.dataset.end!), wallClock(from, home));
		}
		return offset;
	}
}

if (!customElements.get('meeting-schedule'))
	customElements.define('meeting-schedule', MeetingSchedule);
