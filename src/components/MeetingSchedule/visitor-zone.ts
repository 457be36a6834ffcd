// Which zone the visitor reads a meeting in, and what its city is called: shared as ?tz=,
// remembered in localStorage, else the device's.

import { knownZone } from '../../lib/time/zone-time.ts';

const storageKey = 'meetings.timeZone';

export type Source = 'detected' | 'chosen' | 'fallback';

export interface VisitorZone {
	zone: string;
	/** Why this zone: the device's, the visitor's choice, or the device's after a bad ?tz=. */
	source: Source;
}

export function deviceZone(): string {
	return knownZone(Intl.DateTimeFormat().resolvedOptions().timeZone) ?? 'UTC';
}

function stored(): string | undefined {
	try {
		return knownZone(localStorage.getItem(storageKey));
	} catch {
		return undefined; // storage may be disabled; the detected zone is used instead
	}
}

/** The zone as the page opens: from a shared link, else remembered, else the device's. */
export function initialZone(): VisitorZone {
	const shared = new URLSearchParams(location.search).get('tz');
	if (shared !== null) {
		const zone = knownZone(shared);
		return zone ? { zone, source: 'chosen' } : { zone: deviceZone(), source: 'fallback' };
	}
	const zone = stored();
	return zone ? { zone, source: 'chosen' } : { zone: deviceZone(), source: 'detected' };
}

/**
 * Remembers a choice (or forgets it, for the device's zone) in storage and in the address, so the
 * link can be shared; the city the visitor chose names the zone from now on.
 */
export function chooseZone(
	zone: string | undefined,
	named?: { city: string; lang: string },
): VisitorZone {
	try {
		if (zone) localStorage.setItem(storageKey, zone);
		else localStorage.removeItem(storageKey);
	} catch {
		// Not remembered, but the page still works and the URL still carries the choice.
	}
	const url = new URL(location.href);
	if (zone) url.searchParams.set('tz', zone);
	else url.searchParams.delete('tz');
	history.replaceState(history.state, '', url);
	const detail: VisitorZone = zone
		? { zone, source: 'chosen' }
		: { zone: deviceZone(), source: 'detected' };
	// The picker knows the city the visitor chose; nobody needs to fetch it.
	if (named) cities.set(`${detail.zone}|${named.lang}`, Promise.resolve(named.city));
	return detail;
}

const cities = new Map<string, Promise<string | undefined>>();

/**
 * The city of `zone` in `lang`, from the zone's own small file (built from CLDR and the site's
 * reference cities), asked once per page. Undefined for UTC, a zone without a city, or when the
 * file cannot be read: the offset alone names the zone then.
 */
export function zoneCity(zone: string, lang: string): Promise<string | undefined> {
	const key = `${zone}|${lang}`;
	let city = cities.get(key);
	if (!city) {
		city =
			!zone.includes('/') || zone.startsWith('Etc/')
				? Promise.resolve(undefined)
				: fetch(`/data/zone/${zone}.json`) // src/pages/data/zone/[...zone].json.ts
						.then((response) => (response.ok ? response.json() : undefined))
						.then((names: unknown) => {
							const name = (names as Record<string, unknown> | undefined)?.[lang];
							return typeof name === 'string' && name ? name : undefined;
						})
						.catch(() => undefined);
		cities.set(key, city);
	}
	return city;
}
