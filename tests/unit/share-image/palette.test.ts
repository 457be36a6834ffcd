import { describe, expect, it } from 'vitest';

import { blendPalette, hexColour, quantize } from '../../../src/lib/share-image/palette.ts';
import { cardPalette, drawSharePixels } from '../../../src/lib/share-image/draw.ts';
import { shareImageText } from '../../../src/lib/share-image/share-image.ts';
import { generatedMeeting } from '../../helpers/generated-meetings.ts';

describe('the card palette', () => {
	it('reads colours written as #rrggbb and refuses others', () => {
		expect(hexColour('#14213D')).toEqual([20, 33, 61]);
		expect(() => hexColour('navy')).toThrow('"navy" is not a colour written as #rrggbb');
	});

	it('holds the paper and, per ink, the blends from the paper to the ink itself', () => {
		const palette = blendPalette([255, 255, 255], [{ colour: [0, 0, 0], shades: 4 }]);
		expect(palette).toEqual([
			[255, 255, 255],
			[191, 191, 191],
			[128, 128, 128],
			[64, 64, 64],
			[0, 0, 0],
		]);
		expect(() => blendPalette([0, 0, 0], [{ colour: [1, 1, 1], shades: 256 }])).toThrow(
			'257 colours do not fit in a PNG palette of 256',
		);
	});

	it('maps each pixel to the nearest colour', () => {
		const palette = blendPalette([255, 255, 255], [{ colour: [0, 0, 0], shades: 4 }]);
		const pixels = Uint8Array.from([255, 255, 255, 255, 120, 120, 130, 255, 3, 0, 0, 255]);
		expect([...quantize(pixels, palette)]).toEqual([0, 2, 4]);
	});

	it('has 11 colours, and keeps a real card within one shade of what Skia drew, nearly all of it exactly', () => {
		expect(cardPalette).toHaveLength(11);
		const meeting = generatedMeeting({
			slug: 'palette',
			start: '2025-03-01T09:00',
			end: '2025-03-01T12:00',
			title: { ru: 'Семинар по цифровым двойникам городов в Мадриде' },
		}).ru;
		const pixels = drawSharePixels(shareImageText(meeting, 'meetings.example.org'));
		const indices = quantize(pixels, cardPalette);
		let worst = 0;
		let total = 0;
		for (let pixel = 0; pixel < indices.length; pixel++) {
			const colour = cardPalette[indices[pixel]!]!;
			for (let channel = 0; channel < 3; channel++) {
				const error = Math.abs(colour[channel]! - pixels[pixel * 4 + channel]!);
				worst = Math.max(worst, error);
				total += error;
			}
		}
		// The widest step is the title's ink: from the paper (255) to #14213d (20) in 4 shades.
		expect(worst).toBeLessThanOrEqual(Math.ceil((255 - 20) / 4));
		// Only glyph edges are off at all: on average less than one level of 255 a channel.
		expect(total / pixels.length).toBeLessThan(1);
	});
});
