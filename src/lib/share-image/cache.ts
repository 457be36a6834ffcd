// Share images kept between builds, in a folder of Astro's cacheDir, under a hash of everything
// that draws them: the card's text, the font files and the renderer (its source files and Skia's
// version). A rebuild draws only the cards whose hash changed and reads the others back.

import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import type { ShareImageText } from './draw.ts';

/** The cache of one build: where it lives, what it saved, and which cards the build serves. */
export interface ImageCache {
	dir: string;
	/** Cards read back from the folder. */
	hits: number;
	/** Cards drawn because the folder had no card of their hash. */
	drawn: number;
	/**
	 * The key of every card this build serves, drawn or not: a route that Astro's incremental
	 * build restores from the last build asks for no card, and its card must stay in the folder.
	 */
	served: Set<string>;
	/** The key of every card a route of this build asked for (read back or drawn). */
	asked: Set<string>;
}

// The build's integration (src/integrations/share-image-cache.ts) opens the cache and the page
// routes, bundled apart from it but run in the same process, use it: a process-wide registry.
const registry = Symbol.for('meetings.share-image-cache');
type WithCache = typeof globalThis & { [registry]?: ImageCache };

/** Makes `dir` the cache of the cards drawn from now on in this process. */
export function openImageCache(dir: string): ImageCache {
	const cache = { dir, hits: 0, drawn: 0, served: new Set<string>(), asked: new Set<string>() };
	(globalThis as WithCache)[registry] = cache;
	return cache;
}

/** Ends the cache's use: cards drawn from now on are not kept. */
export function closeImageCache(): void {
	delete (globalThis as WithCache)[registry];
}

/** The cache opened for this build, if any: tests and the Container API draw without one. */
export function activeImageCache(): ImageCache | undefined {
	return (globalThis as WithCache)[registry];
}

/** What, besides its text, decides how a card looks. */
export interface Renderer {
	/** The bytes of each font file. */
	fonts: readonly Uint8Array[];
	/** The source of each module that lays out, draws or encodes the card. */
	sources: readonly string[];
	/** The version of @napi-rs/canvas (Skia). */
	skia: string;
}

/** One hash of the renderer; any change of a font, a source file or Skia changes it. */
export function rendererHash({ fonts, sources, skia }: Renderer): string {
	const hash = createHash('sha256').update(`skia ${skia}\n`);
	for (const font of fonts) hash.update(createHash('sha256').update(font).digest());
	for (const source of sources) hash.update(createHash('sha256').update(source).digest());
	return hash.digest('hex');
}

/** The name of a card in the cache: its text and the renderer's hash. */
export function cardKey(text: ShareImageText, renderer: string): string {
	// Keys sorted, so that the same text always gives the same hash.
	const fields = Object.entries(text).sort(([a], [b]) => a.localeCompare(b));
	return createHash('sha256').update(renderer).update(JSON.stringify(fields)).digest('hex');
}

/** The Skia version in node_modules. */
export function skiaVersion(): string {
	const require = createRequire(import.meta.url);
	return (require('@napi-rs/canvas/package.json') as { version: string }).version;
}

/** The card from the cache, or drawn and stored there. */
export async function cachedCard(
	cache: ImageCache,
	key: string,
	draw: () => Promise<Uint8Array>,
): Promise<Uint8Array> {
	cache.served.add(key);
	cache.asked.add(key);
	const file = join(cache.dir, `${key}.png`);
	const stored = await readFile(file).catch(() => undefined);
	if (stored) {
		cache.hits++;
		return stored;
	}
	const png = await draw();
	cache.drawn++;
	// Written beside and renamed, so that a build stopped halfway never leaves half a card.
	await mkdir(cache.dir, { recursive: true });
	const partial = `${file}.${process.pid}.${cache.drawn}.partial`;
	await writeFile(partial, png);
	await rename(partial, file);
	return png;
}

/** Cards this build serves that no route asked for: Astro copied their routes from the last build. */
export function restoredCards(cache: ImageCache): number {
	return [...cache.served].filter((key) => !cache.asked.has(key)).length;
}

/** Removes the cards this build does not serve: those of changed or deleted meetings. */
export async function pruneImageCache(cache: ImageCache): Promise<number> {
	const names = await readdir(cache.dir).catch(() => [] as string[]);
	let removed = 0;
	for (const name of names) {
		if (!name.endsWith('.png') || cache.served.has(name.slice(0, -'.png'.length))) continue;
		await rm(join(cache.dir, name), { force: true });
		removed++;
	}
	return removed;
}
