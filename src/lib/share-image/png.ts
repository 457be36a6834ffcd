// A small PNG encoder for the share previews: palette colour (share-image/palette.ts) packed in as
// few bits a pixel as the palette allows, rows unfiltered (filters made a card larger), deflated at
// zlib's level 6 (level 9 took eight times as long for 5% less). The RGBA cards this replaced
// were 70–86 KB; an 11-colour card is 15–22 KB.

import { crc32, deflateSync } from 'node:zlib';

import type { Rgb } from './palette.ts';

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(data.length, 0);
	head.write(type, 4, 'latin1');
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
	return Buffer.concat([head, data, crc]);
}

let scratch = Buffer.alloc(0);

/** Bits a pixel for a palette: 1, 2, 4 or 8, the fewest that number its colours. */
export function bitDepth(colours: number): 1 | 2 | 4 | 8 {
	if (colours <= 2) return 1;
	if (colours <= 4) return 2;
	if (colours <= 16) return 4;
	return 8;
}

/** PNG bytes for `width × height` pixels given row by row as indices into `palette`. */
export function encodeIndexedPng(
	width: number,
	height: number,
	indices: Uint8Array,
	palette: readonly Rgb[],
): Buffer {
	if (indices.length !== width * height) {
		throw new RangeError(`expected ${width * height} palette indices, got ${indices.length}`);
	}
	if (palette.length === 0 || palette.length > 256) {
		throw new RangeError(`a PNG palette holds 1 to 256 colours, not ${palette.length}`);
	}
	// Each scanline starts with its filter type, 0 (none), then its pixels, packed from the high
	// bits down. The scratch buffer is reused from card to card rather than allocated; every byte
	// of it that the PNG holds is written for each card.
	const depth = bitDepth(palette.length);
	const stride = Math.ceil((width * depth) / 8) + 1;
	const size = stride * height;
	if (scratch.length < size) scratch = Buffer.alloc(size);
	const raw = scratch.subarray(0, size);
	for (let y = 0, pixel = 0; y < height; y++) {
		let at = y * stride;
		raw[at++] = 0;
		// Pixels shifted into `byte` from the right; a full byte goes out, a row's last one padded.
		let byte = 0;
		let bits = 0;
		for (let x = 0; x < width; x++, pixel++) {
			const index = indices[pixel]!;
			if (index >= palette.length) {
				throw new RangeError(
					`pixel ${pixel} names colour ${index} of a ${palette.length}-colour palette`,
				);
			}
			byte = (byte << depth) | index;
			bits += depth;
			if (bits === 8) {
				raw[at++] = byte;
				byte = 0;
				bits = 0;
			}
		}
		if (bits > 0) raw[at] = byte << (8 - bits);
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([depth, 3, 0, 0, 0], 8); // bit depth, colour type palette, deflate, filter set 0, no interlace
	const parts = [
		signature,
		chunk('IHDR', header),
		chunk('PLTE', Buffer.from(palette.flat())),
		chunk('IDAT', deflateSync(raw, { level: 6 })),
		chunk('IEND', Buffer.alloc(0)),
	];
	// A buffer of its own (Buffer.concat may hand out a slice of Node's shared pool for a small
	// card), so that a worker thread can transfer it to the build instead of copying it.
	const png = Buffer.alloc(parts.reduce((sum, part) => sum + part.length, 0));
	let at = 0;
	for (const part of parts) {
		png.set(part, at);
		at += part.length;
	}
	return png;
}
