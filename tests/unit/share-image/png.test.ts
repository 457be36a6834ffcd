import { crc32, inflateSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { encodePng } from '../../../src/lib/share-image/png.ts';

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

describe('encodePng', () => {
	// 3 × 2 pixels: red, green, blue / white, black, half-transparent grey.
	const pixels = Uint8Array.from([
		255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255, 0, 0, 0, 255, 128, 128, 128,
		128,
	]);
	const png = encodePng(3, 2, pixels);

	it('writes the PNG signature, then IHDR, IDAT and IEND with valid CRCs', () => {
		expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		expect(chunks(png).map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
	});

	it('declares the size as 8-bit RGBA without interlacing', () => {
		const header = chunks(png)[0]!.data;
		expect(header.readUInt32BE(0)).toBe(3);
		expect(header.readUInt32BE(4)).toBe(2);
		expect([...header.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
	});

	it('stores every pixel, each row after its filter byte', () => {
		const raw = inflateSync(chunks(png)[1]!.data);
		expect([...raw]).toEqual([0, ...pixels.subarray(0, 12), 0, ...pixels.subarray(12)]);
	});

	it('refuses pixel data of the wrong length', () => {
		expect(() => encodePng(3, 2, pixels.subarray(4))).toThrow('expected 24 bytes of RGBA, got 20');
	});
});
