// A share card has a paper colour and a few ink colours; every pixel Skia draws is one of them or,
// at the anti-aliased edge of a glyph, a blend of one ink with the paper. A palette of a few blends
// per ink (11 colours, 4 bits a pixel) holds the card with no difference to see at three times its
// size, and makes its PNG a quarter of the RGBA one.

export type Rgb = readonly [number, number, number];

/** "#14213d" → [20, 33, 61] */
export function hexColour(hex: string): Rgb {
	const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	if (!match) throw new Error(`Share image: "${hex}" is not a colour written as #rrggbb`);
	return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

/** An ink and how many blends of it, the ink itself included, the palette holds. */
export interface Ink {
	colour: Rgb;
	shades: number;
}

/**
 * The paper, then for each ink its blends from the paper in equal steps, the ink itself last.
 * Fewer colours compress better: a Russian card was 30 KB with 32 shades per ink (97 colours,
 * 8 bits a pixel), 25 KB with 7, 4 and 4 (16 colours, 4 bits) and 22 KB with 4, 3 and 3 (11), and
 * looked the same.
 */
export function blendPalette(paper: Rgb, inks: readonly Ink[]): Rgb[] {
	const palette: Rgb[] = [paper];
	for (const { colour, shades } of inks) {
		for (let step = 1; step <= shades; step++) {
			const mix = (channel: 0 | 1 | 2) =>
				Math.round(paper[channel] + ((colour[channel] - paper[channel]) * step) / shades);
			palette.push([mix(0), mix(1), mix(2)]);
		}
	}
	if (palette.length > 256) {
		throw new RangeError(`${palette.length} colours do not fit in a PNG palette of 256`);
	}
	return palette;
}

const littleEndian = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/**
 * For each palette, the index of the nearest colour of every RGB colour met so far, plus one (0:
 * not yet met): one array read a colour, where a Map lookup cost a card 2–3 ms. 16 MB of address
 * space, of which only the pages of the colours a card shows are ever touched.
 */
const nearestByColour = new WeakMap<readonly Rgb[], Uint8Array>();

/**
 * For opaque RGBA pixels, the index of the nearest palette colour (squared RGB distance), written
 * into `indices` (a card's drawing thread passes the same array for every card).
 */
export function quantize(
	rgba: Uint8Array,
	palette: readonly Rgb[],
	indices = new Uint8Array(rgba.length / 4),
): Uint8Array {
	if (palette.length === 0 || palette.length > 256) {
		throw new RangeError(`a PNG palette holds 1 to 256 colours, not ${palette.length}`);
	}
	const count = rgba.length / 4;
	if (indices.length !== count) {
		throw new RangeError(`${count} pixels need ${count} indices, not ${indices.length}`);
	}
	let table = nearestByColour.get(palette);
	if (!table) nearestByColour.set(palette, (table = new Uint8Array(1 << 24)));
	// One 32-bit word per pixel, read in the platform's byte order: R, G and B are its low 24 bits
	// on little-endian machines and its high ones on big-endian ones. Signed, so that V8 keeps
	// every word a small integer.
	const words =
		rgba.byteOffset % 4 === 0
			? new Int32Array(rgba.buffer, rgba.byteOffset, count)
			: new Int32Array(Uint8Array.from(rgba).buffer);
	// Most pixels repeat the one before (paper, the inside of a glyph): look a colour up only when
	// it changes. The first pixel's word complemented is a word no pixel before it had.
	let lastWord = count > 0 ? ~words[0]! : 0;
	let lastIndex = 0;
	for (let pixel = 0; pixel < count; pixel++) {
		const word = words[pixel]!;
		if (word !== lastWord) {
			lastWord = word;
			const colour = littleEndian ? word & 0xffffff : word >>> 8;
			let found = table[colour]!;
			if (found === 0) {
				const at = pixel * 4;
				found = nearest(rgba[at]!, rgba[at + 1]!, rgba[at + 2]!, palette) + 1;
				table[colour] = found;
			}
			lastIndex = found - 1;
		}
		indices[pixel] = lastIndex;
	}
	return indices;
}
function nearest(r: number, g: number, b: number, palette: readonly Rgb[]): number {
	let best = 0;
	let bestDistance = Infinity;
	palette.forEach(([pr, pg, pb], index) => {
		const distance = (r - pr) ** 2 + (g - pg) ** 2 + (b - pb) ** 2;
		if (distance < bestDistance) {
			bestDistance = distance;
			best = index;
		}
	});
	return best;
}
