import { crc32, inflateSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { bitDepth, encodeIndexedPng } from '../../../src/lib/share-image/png.ts';

/** Splits a PNG into its chunks, checking each CRC as a decoder would. */
function chunks(png: Buffer) {
	const found: { type: string; data: Buffer }[] = [];
	for (let at = 8; at < png.length;) {
		const length = png.readUInt32BE(at);
		const type = png.toString('latin1', at + 4, at + 8);
		const data = png.subarray(at + 8, at + 8 + length);
		expect(png.readUInt32BE(at + 8 + length), `CRC of ${type}`).toBe(
			crc32(data, crc32(Buffer.from(type, 'latin1'))),
		);
		found.push({ type, data });
		at += 12 + length;
	}
	return found;
}

describe('encodeIndexedPng', () => {
	// 3 × 2 pixels of a three-colour palette: red, green, blue / blue, blue, red.
	const palette = [
		[255, 0, 0],
		[0, 255, 0],
		[0, 0, 255],
	] as const;
	const indices = Uint8Array.from([0, 1, 2, 2, 2, 0]);
	const png = encodeIndexedPng(3, 2, indices, palette);

	it('writes the PNG signature, then IHDR, PLTE, IDAT and IEND with valid CRCs', () => {
		expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		expect(chunks(png).map((chunk) => chunk.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
	});

	it('declares the size as 2-bit palette colour without interlacing, and lists the palette', () => {
		const [header, colours] = chunks(png);
		expect(header!.data.readUInt32BE(0)).toBe(3);
		expect(header!.data.readUInt32BE(4)).toBe(2);
		expect([...header!.data.subarray(8)]).toEqual([2, 3, 0, 0, 0]);
		expect([...colours!.data]).toEqual([255, 0, 0, 0, 255, 0, 0, 0, 255]);
	});

	it('stores every pixel, packed from the high bits, each row after its filter byte', () => {
		const raw = inflateSync(chunks(png)[2]!.data);
		// 0 1 2 → 00 01 10 00; 2 2 0 → 10 10 00 00
		expect([...raw]).toEqual([0, 0b00011000, 0, 0b10100000]);
	});

	it.each([
		[2, 1],
		[4, 2],
		[16, 4],
		[17, 8],
		[256, 8],
	])('packs a palette of %i colours in %i bits a pixel', (colours, depth) => {
		expect(bitDepth(colours)).toBe(depth);
		const palette = Array.from({ length: colours }, (_, i) => [i, i, i] as const);
		const many = Uint8Array.from({ length: 9 * 3 }, (_, i) => i % colours);
		const header = chunks(encodeIndexedPng(9, 3, many, palette))[0]!.data;
		expect(header[8]).toBe(depth);
	});

	it('refuses pixel data of the wrong length and palettes PNG cannot hold', () => {
		expect(() => encodeIndexedPng(3, 2, indices.subarray(1), palette)).toThrow(
			'expected 6 palette indices, got 5',
		);
		expect(() => encodeIndexedPng(3, 2, indices, [])).toThrow(
			'a PNG palette holds 1 to 256 colours, not 0',
		);
		expect(() => encodeIndexedPng(3, 2, Uint8Array.of(0, 1, 2, 3, 0, 0), palette)).toThrow(
			'pixel 3 names colour 3 of a 3-colour palette',
		);
	});
});
