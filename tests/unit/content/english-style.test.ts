// English as the United Nations writes it: Oxford spelling (organization, programme), in the
// interface and in every meeting text, published or fixture.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { dictionaries } from '../../../src/i18n/index.ts';

/** British -ise forms of -ize verbs, and the American "program". */
const notOxford =
	/\b\w*(?:organis|recognis|realis|utilis|prioritis|standardis|minimis|maximis|emphasiz)\w*|\bprograms?\b/gi;

const folders = ['../../../content/meetings/', '../../fixtures/meetings/'].map((folder) =>
	fileURLToPath(new URL(folder, import.meta.url)),
);
const englishTexts = folders.flatMap((folder) =>
	readdirSync(folder).map((slug) => join(folder, slug, 'en.mdx')),
);

describe('English in Oxford spelling', () => {
	it('in the interface', () => {
		const found = Object.entries(dictionaries.en).flatMap(([key, value]) =>
			(typeof value === 'string' ? [value] : Object.values(value))
				.flatMap((text) => text.match(notOxford) ?? [])
				.map((word) => `${key}: ${word}`),
		);
		expect(found).toEqual([]);
	});

	it.each(englishTexts)('in %s', (file) => {
		expect(readFileSync(file, 'utf8').match(notOxford) ?? []).toEqual([]);
	});

	it('would catch "organise" and "program"', () => {
		expect('We organise the program.'.match(notOxford)).toEqual(['organise', 'program']);
	});
});
