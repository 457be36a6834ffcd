// Draws a share preview card: satori lays out the text with PT Sans read from node_modules (no
// network), resvg rasterises, src/lib/png.ts encodes. Plain Node, no Astro: it also runs in the
// worker threads of share-image-pool.ts.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';

import { encodePng } from './png.ts';

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/** The lines of text on a card, already formatted in the page's language. */
export interface ShareImageText {
	series: string;
	title: string;
	date: string;
	/** "09:30–16:00 CEST (UTC+02:00)" */
	time: string;
	/** "07:30–14:00 UTC" */
	utc: string;
	format: string;
	site: string;
}

const require = createRequire(import.meta.url);
const fontFile = (file: string) => readFile(require.resolve(`@fontsource/pt-sans/files/${file}`));

// Satori picks one font per family name, so each subset gets its own name and the stack lists them.
const subsets = ['latin', 'cyrillic', 'latin-ext'] as const;
const fontStack = subsets.map((subset) => `PT Sans ${subset}`).join(', ');

let fonts: Promise<Parameters<typeof satori>[1]['fonts']> | undefined;

/** PT Sans in the subsets the site's languages need; satori reads .woff (not .woff2). */
function loadFonts() {
	fonts ??= Promise.all(
		subsets.flatMap((subset) =>
			([400, 700] as const).map(async (weight) => ({
				name: `PT Sans ${subset}`,
				data: await fontFile(`pt-sans-${subset}-${weight}-normal.woff`),
				weight,
				style: 'normal' as const,
			})),
		),
	);
	return fonts;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const box = (style: Record<string, unknown>, children: unknown): Node => ({
	type: 'div',
	props: { style: { display: 'flex', ...style }, children },
});

const colours = { ink: '#14213d', muted: '#4a5568', accent: '#0b5cad', paper: '#ffffff' };

function layout(text: ShareImageText): Node {
	// Long titles get a smaller size so that three lines still fit.
	const titleSize = text.title.length > 110 ? 44 : text.title.length > 70 ? 52 : 60;
	const width = SHARE_IMAGE.width - 2 * 64;
	return box(
		{
			...SHARE_IMAGE,
			boxSizing: 'border-box',
			flexDirection: 'column',
			padding: '48px 64px',
			background: colours.paper,
			borderTop: `16px solid ${colours.accent}`,
			color: colours.ink,
			fontFamily: fontStack,
		},
		[
			box({ width, flexDirection: 'column', gap: 20 }, [
				box({ width, fontSize: 26, fontWeight: 700, color: colours.accent }, text.series),
				box({ width, fontSize: titleSize, fontWeight: 700, lineHeight: 1.15 }, text.title),
			]),
			box({ flexGrow: 1 }, []),
			box({ width, flexDirection: 'column', gap: 6 }, [
				box({ fontSize: 36, fontWeight: 700 }, text.date),
				box({ fontSize: 32 }, text.time),
				box({ fontSize: 26, color: colours.muted }, `${text.utc} · ${text.format}`),
				box({ marginTop: 16, fontSize: 22, color: colours.muted }, text.site),
			]),
		],
	);
}

/** The PNG bytes of the preview card. */
export async function drawShareImage(text: ShareImageText): Promise<Uint8Array> {
	const svg = await satori(layout(text) as Parameters<typeof satori>[0], {
		...SHARE_IMAGE,
		fonts: await loadFonts(),
	});
	// Rasterising runs on a libuv thread (renderAsync), so with build.concurrency the next page
	// renders meanwhile; encoding uses our faster encoder (src/lib/png.ts). The card is opaque, so
	// resvg's premultiplied pixels equal straight RGBA.
	const image = await renderAsync(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE.width } });
	return encodePng(image.width, image.height, image.pixels);
}
