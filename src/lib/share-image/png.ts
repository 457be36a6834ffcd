// A small PNG encoder for the share previews: 8-bit palette colour (share-image/palette.ts), rows
// unfiltered (filters only cost time on palette images), deflated at zlib's level 6: 6 ms and
// 33 KB for a Russian card, where level 9 takes 52 ms for 31 KB and level 1 1 ms for 40 KB.
// The RGBA cards this replaced were 70–86 KB.

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
	// Each scanline starts with its filter type, 0 (none). Every byte of the scratch buffer is
	// written here, so it is reused from card to card rather than allocated.
	const size = (width + 1) * height;
	if (scratch.length < size) scratch = Buffer.allocUnsafe(size);
	const raw = scratch.subarray(0, size);
	for (let y = 0; y < height; y++) {
		raw[y * (width + 1)] = 0;
		raw.set(indices.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([8, 3, 0, 0, 0], 8); // bit depth 8, colour type palette, deflate, no filter set, no interlace
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
