// Organisations that convene meetings with ITU, by the abbreviation circulars give them in
// brackets. A circular names an organisation but never gives its website, and in Russian names it
// in whatever case the sentence needs («совместно с Европейской экономической комиссией»), so the
// draft takes the key, website and both names from here. An organisation missing here is drafted
// from the circular's words, with its website left for the editor. Russian names are spelt as the
// circulars and the site's text spell them, with е for ё.

import type { Locale } from '../../i18n/locales.ts';

export interface KnownOrganization {
	/** The key meeting.json and the language files use. */
	id: string;
	url: string;
	names: Record<Locale, { name: string; abbreviation: string }>;
}

export const knownOrganizations: readonly KnownOrganization[] = [
	{
		id: 'itu',
		url: 'https://www.itu.int/',
		names: {
			en: { name: 'International Telecommunication Union', abbreviation: 'ITU' },
			ru: { name: 'Международный союз электросвязи', abbreviation: 'МСЭ' },
		},
	},
	{
		id: 'unece',
		url: 'https://unece.org/',
		names: {
			en: { name: 'United Nations Economic Commission for Europe', abbreviation: 'UNECE' },
			ru: {
				name: 'Европейская экономическая комиссия Организации Объединенных Наций',
				abbreviation: 'ЕЭК ООН',
			},
		},
	},
	{
		id: 'un-habitat',
		url: 'https://unhabitat.org/',
		names: {
			en: { name: 'United Nations Human Settlements Programme', abbreviation: 'UN-Habitat' },
			ru: {
				name: 'Программа Организации Объединенных Наций по населенным пунктам',
				abbreviation: 'ООН-Хабитат',
			},
		},
	},
	{
		id: 'undesa',
		url: 'https://www.un.org/en/desa',
		names: {
			en: {
				name: 'United Nations Department of Economic and Social Affairs',
				abbreviation: 'UN DESA',
			},
			ru: {
				name: 'Департамент Организации Объединенных Наций по экономическим и социальным вопросам',
				abbreviation: 'ДЭСВ ООН',
			},
		},
	},
	{
		id: 'unep',
		url: 'https://www.unep.org/',
		names: {
			en: { name: 'United Nations Environment Programme', abbreviation: 'UNEP' },
			ru: {
				name: 'Программа Организации Объединенных Наций по окружающей среде',
				abbreviation: 'ЮНЕП',
			},
		},
	},
	{
		id: 'undp',
		url: 'https://www.undp.org/',
		names: {
			en: { name: 'United Nations Development Programme', abbreviation: 'UNDP' },
			ru: { name: 'Программа развития Организации Объединенных Наций', abbreviation: 'ПРООН' },
		},
	},
	{
		id: 'unesco',
		url: 'https://www.unesco.org/',
		names: {
			en: {
				name: 'United Nations Educational, Scientific and Cultural Organization',
				abbreviation: 'UNESCO',
			},
			ru: {
				name: 'Организация Объединенных Наций по вопросам образования, науки и культуры',
				abbreviation: 'ЮНЕСКО',
			},
		},
	},
	{
		id: 'wmo',
		url: 'https://wmo.int/',
		names: {
			en: { name: 'World Meteorological Organization', abbreviation: 'WMO' },
			ru: { name: 'Всемирная метеорологическая организация', abbreviation: 'ВМО' },
		},
	},
	{
		id: 'who',
		url: 'https://www.who.int/',
		names: {
			en: { name: 'World Health Organization', abbreviation: 'WHO' },
			ru: { name: 'Всемирная организация здравоохранения', abbreviation: 'ВОЗ' },
		},
	},
	{
		id: 'fao',
		url: 'https://www.fao.org/',
		names: {
			en: { name: 'Food and Agriculture Organization of the United Nations', abbreviation: 'FAO' },
			ru: {
				name: 'Продовольственная и сельскохозяйственная организация Объединенных Наций',
				abbreviation: 'ФАО',
			},
		},
	},
	{
		id: 'iso',
		url: 'https://www.iso.org/',
		names: {
			en: { name: 'International Organization for Standardization', abbreviation: 'ISO' },
			ru: { name: 'Международная организация по стандартизации', abbreviation: 'ИСО' },
		},
	},
	{
		id: 'iec',
		url: 'https://www.iec.ch/',
		names: {
			en: { name: 'International Electrotechnical Commission', abbreviation: 'IEC' },
			ru: { name: 'Международная электротехническая комиссия', abbreviation: 'МЭК' },
		},
	},
];

/** Abbreviations compared without case, spaces or dashes: "UN-Habitat" is "UN Habitat". */
function key(abbreviation: string): string {
	return abbreviation.toLowerCase().replace(/[\s\u00a0‐‑–—-]+/g, '');
}

const byAbbreviation = new Map(
	knownOrganizations.flatMap((org) =>
		Object.values(org.names).map((names) => [key(names.abbreviation), org] as const),
	),
);

/** The organisation a circular calls `abbreviation` (ITU, МСЭ, ЕЭК ООН), if it is known. */
export function organizationByAbbreviation(abbreviation: string): KnownOrganization | undefined {
	return byAbbreviation.get(key(abbreviation));
}

/** Every known abbreviation, longest first, for finding them in running text. */
export const knownAbbreviations = [
	...new Set(
		knownOrganizations.flatMap((org) => Object.values(org.names).map((n) => n.abbreviation)),
	),
].sort((a, b) => b.length - a.length);
