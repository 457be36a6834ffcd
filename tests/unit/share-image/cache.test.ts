import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import {
	activeImageCache,
	cachedCard,
	cardKey,
	closeImageCache,
	openImageCache,
	pruneImageCache,
	rendererHash,
	restoredCards,
	type ImageCache,
	type Renderer,
} from '../../../src/lib/share-image/cache.ts';
import { fontFiles, type ShareImageText } from '../../../src/lib/share-image/draw.ts';
import { currentRenderer, shareImageKey } from '../../../src/lib/share-image/share-image.ts';

const text: ShareImageText = {
	organizers: 'ITU · UNECE',
	title: 'Workshop on digital twins of cities, Madrid',
	date: 'Monday, 16 March 2026',
	time: '09:00–17:00 CET, UTC+01:00',
	utc: '08:00–16:00 UTC',
	format: 'Virtual (online)',
	registration: 'Registration is mandatory.',
	site: 'International meetings · meetings.example.org',
	lang: 'en',
};
const renderer: Renderer = {
	fonts: [Uint8Array.of(1, 2, 3), Uint8Array.of(4, 5, 6)],
	sources: ['export const draw = 1;'],
	skia: '1.1.1',
};

describe('the key of a cached card', () => {
	const hash = rendererHash(renderer);

	it('is the same for the same text, whatever the order of its fields', () => {
		const reordered = Object.fromEntries(Object.entries(text).reverse()) as ShareImageText;
		expect(cardKey(reordered, hash)).toBe(cardKey(text, hash));
	});

	it.each(Object.keys(text) as (keyof ShareImageText)[])('changes when the %s changes', (field) => {
		expect(cardKey({ ...text, [field]: `${text[field]}.` }, hash)).not.toBe(cardKey(text, hash));
	});

	it('changes when a font file, the drawing code or Skia changes', () => {
		const key = cardKey(text, hash);
		const font = [Uint8Array.of(1, 2, 4), renderer.fonts[1]!];
		expect(cardKey(text, rendererHash({ ...renderer, fonts: font }))).not.toBe(key);
		expect(
			cardKey(text, rendererHash({ ...renderer, fonts: [...renderer.fonts].reverse() })),
		).not.toBe(key);
		expect(
			cardKey(text, rendererHash({ ...renderer, sources: ['export const draw = 2;'] })),
		).not.toBe(key);
		expect(cardKey(text, rendererHash({ ...renderer, skia: '1.1.2' }))).not.toBe(key);
		expect(cardKey(text, rendererHash({ ...renderer }))).toBe(key);
	});

	it('reads the font files the cards are drawn with', () => {
		const files = fontFiles();
		// PT Sans in three subsets and Noto Emoji in twelve, each in two weights.
		expect(files.filter((file) => file.includes('/pt-sans-'))).toHaveLength(6);
		expect(files.filter((file) => file.includes('/noto-emoji-'))).toHaveLength(24);
		expect(files.every((file) => file.endsWith('-normal.woff2'))).toBe(true);
		expect(currentRenderer()).toMatch(/^[0-9a-f]{64}$/);
	});
});

describe('the card cache', () => {
	let dir: string | undefined;
	afterEach(() => {
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	const open = (): ImageCache => {
		dir = mkdtempSync(join(tmpdir(), 'card-cache-'));
		return {
			dir: join(dir, 'share-images'),
			hits: 0,
			drawn: 0,
			served: new Set(),
			asked: new Set(),
		};
	};

	it('draws a card it does not hold, then gives it back without drawing', async () => {
		const cache = open();
		let draws = 0;
		const draw = async () => Uint8Array.of(137, 80, 78, 71, ++draws);
		expect([...(await cachedCard(cache, 'a', draw))]).toEqual([137, 80, 78, 71, 1]);
		expect([...(await cachedCard(cache, 'a', draw))]).toEqual([137, 80, 78, 71, 1]);
		expect([...(await cachedCard(cache, 'b', draw))]).toEqual([137, 80, 78, 71, 2]);
		expect(cache).toMatchObject({ hits: 1, drawn: 2 });
		expect(readdirSync(cache.dir).sort()).toEqual(['a.png', 'b.png']);
		expect([...readFileSync(join(cache.dir, 'b.png'))]).toEqual([137, 80, 78, 71, 2]);
	});

	it('removes the cards this build does not serve, and keeps those it serves without asking', async () => {
		const first = open();
		const draw = async () => Uint8Array.of(1);
		for (const key of ['kept', 'restored', 'stale']) await cachedCard(first, key, draw);
		// The next build reads one card back and serves another from a route Astro restored.
		const next: ImageCache = {
			...first,
			hits: 0,
			drawn: 0,
			served: new Set(['restored']),
			asked: new Set(),
		};
		await cachedCard(next, 'kept', draw);
		expect(next).toMatchObject({ hits: 1, drawn: 0 });
		expect(restoredCards(next)).toBe(1);
		expect(await pruneImageCache(next)).toBe(1);
		expect(readdirSync(next.dir).sort()).toEqual(['kept.png', 'restored.png']);
	});

	it('serves the card it names: its route may be restored rather than drawn', () => {
		const cache = open();
		openImageCache(cache.dir);
		try {
			const key = shareImageKey(text);
			expect(key).toBe(cardKey(text, currentRenderer()));
			expect([...activeImageCache()!.served]).toEqual([key]);
		} finally {
			closeImageCache();
		}
		expect(activeImageCache()).toBeUndefined();
	});
});
