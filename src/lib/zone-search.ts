// The zone picker's search: every zone the platform supports, named in the page's language
// (city, country, zone name) and found by any of them, old zone names included. No dependencies:
// the browser runs it with the table from public/data/zone-table.json; tests run it in Node.

/** public/data/zone-table.json, written by scripts/generate-zone-table.ts. */
export interface ZoneTable {
	version: string;
	/** `CH:Europe/Zurich;KZ:Asia/Almaty,Asia/Aqtobe;…` */
	countries: string;
	/** `Asia/Kolkata=Asia/Calcutta;…`: two names of one zone. */
	links: string;
}

export interface ZoneEntry {
	/** The zone as the platform lists it: Asia/Calcutta in Chromium, Asia/Kolkata elsewhere. */
	id: string;
	/** What the visitor reads: "Tokyo · Japan · Japan Standard Time". */
	label: string;
	/** The city, normalised for matching. */
	city: string;
	/** The zone's IANA names (old and new), normalised. */
	names: string[];
	/** The label and the countries' English names, normalised. */
	words: string;
	/** Its place among the zones of its country; the first is the country's main zone. */
	rank: number;
}

/** Lower case, no accents, ё as е, punctuation and underscores as spaces. */
export function normalise(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}+]+/gu, ' ')
		.trim();
}

function parseTable(table: ZoneTable) {
	const countries = new Map<string, string[]>();
	const rank = new Map<string, number>();
	for (const entry of table.countries.split(';')) {
		const [code = '', zones = ''] = entry.split(':');
		zones.split(',').forEach((zone, index) => {
			countries.set(zone, [...(countries.get(zone) ?? []), code]);
			rank.set(zone, Math.min(rank.get(zone) ?? index, index));
		});
	}
	const aliases = new Map<string, string[]>();
	for (const pair of table.links.split(';')) {
		const [a = '', b = ''] = pair.split('=');
		aliases.set(a, [...(aliases.get(a) ?? []), b]);
		aliases.set(b, [...(aliases.get(b) ?? []), a]);
	}
	return { countries, rank, aliases };
}

function zoneName(
	zone: string,
	locale: string,
	style: 'longGeneric' | 'shortGeneric',
	now: number,
) {
	const name = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style })
		.formatToParts(now)
		.find((part) => part.type === 'timeZoneName')?.value;
	return name && !/^(GMT|UTC)/.test(name) ? name : undefined;
}

/**
 * One entry per zone in `zones`, named in `locale` (a BCP 47 tag such as ru-RU) as the zone is
 * called at `now`. `cities` adds names the site already has in that language (reference cities).
 */
export function zoneEntries(
	zones: readonly string[],
	table: ZoneTable,
	locale: string,
	cities: Readonly<Record<string, string>> = {},
	now = Date.now(),
): ZoneEntry[] {
	const { countries, rank, aliases } = parseTable(table);
	const regions = new Intl.DisplayNames([locale], { type: 'region' });
	const englishRegions = new Intl.DisplayNames(['en'], { type: 'region' });
	const english = locale.toLowerCase().startsWith('en');
	return zones.map((id) => {
		const others = aliases.get(id) ?? [];
		// A zone listed under its own name keeps its own countries: Europe/Busingen is a link to
		// Europe/Zurich in IANA but is German, not Swiss.
		const own = countries.has(id) ? id : others.find((name) => countries.has(name));
		const codes = own ? countries.get(own)! : [];
		const countryNames = codes.map((code) => regions.of(code) ?? code);
		const segment = (own ?? id).split('/').at(-1)!.replaceAll('_', ' ');
		// Intl's short generic name is the city in many languages ("Алматы") but sometimes the
		// country ("Япония"); English city names are read from the zone's own name instead.
		const short = english ? segment : zoneName(id, locale, 'shortGeneric', now);
		const city = cities[id] ?? (short && !countryNames.includes(short) ? short : undefined);
		const long = zoneName(id, locale, 'longGeneric', now);
		const label = [...new Set([city, countryNames.join(', '), long].filter(Boolean))].join(' · ');
		return {
			id,
			label: label || id,
			city: normalise(city ?? segment),
			names: [id, ...others].map(normalise),
			words: normalise([label, ...codes.map((code) => englishRegions.of(code))].join(' ')),
			rank: own ? rank.get(own)! : 99,
		};
	});
}

/**
 * The zone a visitor meant by what they typed: a zone's name (old or new) or city, else a zone
 * whose names hold the text as whole words, else as the start of a word, else anywhere; among
 * equals, the country's main zone (IANA lists it first).
 */
export function findZone(query: string, entries: readonly ZoneEntry[]): string | undefined {
	const wanted = normalise(query);
	if (!wanted) return undefined;
	const tier = (entry: ZoneEntry) => {
		if (entry.names.includes(wanted) || entry.city === wanted) return 0;
		const text = ` ${[...entry.names, entry.words].join(' ')} `;
		if (text.includes(` ${wanted} `)) return 1;
		if (text.includes(` ${wanted}`)) return 2;
		if (text.includes(wanted)) return 3;
		return undefined;
	};
	let best: { id: string; score: number } | undefined;
	for (const entry of entries) {
		const found = tier(entry);
		if (found === undefined) continue;
		const score = found * 1000 + entry.rank;
		if (!best || score < best.score) best = { id: entry.id, score };
	}
	return best?.id;
}
