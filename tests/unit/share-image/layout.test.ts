import { describe, expect, it } from 'vitest';

import { shareImageText } from '../../../src/lib/share-image/share-image.ts';
import {
	cardMeasure,
	drawSharePixels,
	fit,
	layout,
	SHARE_IMAGE,
	wrap,
	type Measure,
	type ShareImageText,
	type TextStyle,
} from '../../../src/lib/share-image/draw.ts';
import { u4ssc7 } from '../../helpers/meetings.ts';

/** A monospaced stand-in for the font: every character is half the size wide. */
const mono: Measure = (text, size) => [...text].length * size * 0.5;
const fitsIn = (width: number) => (line: string) => [...line].length <= width;

const style: TextStyle = { sizes: [40, 20], weight: 700, leading: 1, maxLines: 2, colour: '#000' };

const extreme: ShareImageText = {
	organizers: 'Organizer '.repeat(40),
	title: `${'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(3)} ${'word '.repeat(200)}`,
	date: 'Monday, 12 January 2026 – Wednesday, 14 January 2026 '.repeat(4),
	time: '09:30–16:00 CEST, UTC+02:00 '.repeat(6),
	utc: '07:30–14:00 UTC',
	format: 'Hybrid: in person in Geneva and online '.repeat(5),
	registration: 'Registration is mandatory. '.repeat(10),
	site: 'International meetings · meetings.example.org '.repeat(5),
	lang: 'en',
};

describe('wrap', () => {
	it('breaks at spaces, never past the width', () => {
		expect(wrap('one two three four', fitsIn(10))).toEqual(['one two', 'three four']);
	});

	it('keeps words joined by a no-break space on one line', () => {
		expect(wrap('day 20\u00a0June 2023', fitsIn(8))).toEqual(['day', '20\u00a0June', '2023']);
	});

	it('breaks a word longer than a whole line between its characters', () => {
		expect(wrap('a abcdefghij b', fitsIn(4))).toEqual(['a', 'abcd', 'efgh', 'ij b']);
	});

	it('drops runs of spaces and keeps nothing empty', () => {
		expect(wrap('  a   b  ', fitsIn(9))).toEqual(['a b']);
		expect(wrap('', fitsIn(9))).toEqual([]);
	});

	it('breaks at tabs and line breaks as at spaces', () => {
		expect(wrap('a\nb\tc\r\nd', fitsIn(1))).toEqual(['a', 'b', 'c', 'd']);
	});

	it('never splits what a reader sees as one character', () => {
		// "е" with a combining stress mark is two code points; a family emoji is five.
		expect(wrap('е́е́е́', fitsIn(3))).toEqual(['е́', 'е́', 'е́']);
		expect(wrap('👨‍👩‍👧👨‍👩‍👧', fitsIn(6))).toEqual(['👨‍👩‍👧', '👨‍👩‍👧']);
	});
});

describe('fit', () => {
	it('takes the largest size at which the text fits in its lines', () => {
		// 16 characters: 20 px each at size 40, 10 px each at size 20.
		const text = 'abcdefg hijklmno';
		expect(fit(text, style, 330, mono)).toEqual({ size: 40, lines: [text] });
		expect(fit(text, style, 200, mono)).toEqual({ size: 40, lines: ['abcdefg', 'hijklmno'] });
		expect(fit(text, style, 150, mono)).toEqual({ size: 20, lines: ['abcdefg', 'hijklmno'] });
	});

	it('cuts text too long even at the smallest size, ending the last line in an ellipsis', () => {
		const { size, lines } = fit('word '.repeat(50), style, 100, mono);
		expect(size).toBe(20);
		expect(lines).toHaveLength(2);
		expect(lines[1]).toMatch(/…$/);
		for (const line of lines) expect(mono(line, 20, 700)).toBeLessThanOrEqual(100);
	});

	it('cuts before the ellipsis between whole characters', () => {
		const { lines } = fit('е́'.repeat(60), { ...style, maxLines: 1 }, 101, mono);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/^(е\u0301)+…$/);
	});

	it('takes fewer lines, or a smaller size, when its height is limited', () => {
		const text = 'abcdefg hijklmno';
		expect(fit(text, style, 200, mono, 80)).toEqual({ size: 40, lines: ['abcdefg', 'hijklmno'] });
		expect(fit(text, style, 200, mono, 79)).toEqual({ size: 20, lines: [text] });
	});
});

/** Every block as full as its lines allow at its largest size, with the monospaced measure. */
const full: ShareImageText = {
	organizers: 'abcd '.repeat(16), // 1 line of 82 characters at 26 px
	title: 'abcd '.repeat(20), // 3 lines of 35 characters at 60 px
	date: 'abcd '.repeat(20), // 2 lines of 59 characters at 36 px
	time: 'abcd '.repeat(13), // 1 line of 67 characters at 32 px
	utc: 'abcd',
	format: 'abcd '.repeat(15),
	registration: 'abcd '.repeat(16), // 1 line of 82 characters at 26 px
	site: 'abcd '.repeat(19),
	lang: 'en',
};

describe('layout', () => {
	it('keeps every block inside the margins and off the others, whatever the text', () => {
		const measures = [mono, (text: string, size: number) => mono(text, size, 400) * 1.6];
		for (const [text, measure] of [extreme, full].flatMap((text) =>
			measures.map((measure) => [text, measure] as const),
		)) {
			const blocks = layout(text, measure).map((block) => ({
				...block,
				bottom: block.top + block.lines.length * block.size * block.style.leading,
			}));
			expect(blocks).toHaveLength(7);
			for (const block of blocks) {
				expect(block.top).toBeGreaterThanOrEqual(64);
				expect(block.bottom).toBeLessThanOrEqual(SHARE_IMAGE.height - 48);
				for (const line of block.lines) {
					expect(measure(line, block.size, block.style.weight)).toBeLessThanOrEqual(1072);
				}
			}
			const sorted = blocks.toSorted((a, b) => a.top - b.top);
			for (let i = 1; i < sorted.length; i++) {
				expect(sorted[i]!.top).toBeGreaterThanOrEqual(sorted[i - 1]!.bottom);
			}
			// Title (second) and date (third from the top) keep apart.
			expect(sorted[2]!.top - sorted[1]!.bottom).toBeGreaterThanOrEqual(24);
		}
	});

	it('sets a full title smaller rather than crowd the date', () => {
		const [organizers, title, ...bottom] = layout(full, mono);
		expect(organizers!.lines).toHaveLength(1);
		expect(bottom.map((block) => block.lines.length)).toEqual([1, 1, 1, 1, 2]);
		// Three lines at 60 or 52 px would reach the date; at 44 px they fit, all of the text kept.
		expect(title!.size).toBe(44);
		expect(title!.lines.join(' ')).toBe(full.title.trim());
	});

	it('sets the U4SSC titles as large as three lines allow', () => {
		for (const [locale, expected] of [
			['en', { size: 60, lines: 2 }],
			['ru', { size: 52, lines: 3 }],
		] as const) {
			const text = shareImageText(u4ssc7[locale], 'meetings.example.org');
			const title = layout(text, cardMeasure(locale))[1]!;
			expect(title.lines.join(' ')).toBe(text.title);
			expect({ size: title.size, lines: title.lines.length }).toEqual(expected);
		}
	});
});

describe('the drawn card', () => {
	const pixels = drawSharePixels(extreme);
	const { width, height } = SHARE_IMAGE;
	const at = (x: number, y: number) => [
		...pixels.subarray((y * width + x) * 4, (y * width + x) * 4 + 4),
	];
	const inked = (x0: number, x1: number, y0: number, y1: number) => {
		let count = 0;
		for (let y = y0; y < y1; y++) {
			for (let x = x0; x < x1; x++) if (at(x, y).some((value) => value !== 255)) count++;
		}
		return count;
	};

	it('is opaque RGBA of the card size', () => {
		expect(pixels.length).toBe(width * height * 4);
		for (let i = 3; i < pixels.length; i += 4 * 997) expect(pixels[i]).toBe(255);
	});

	it('has the accent bar on top and text in the title area', () => {
		expect(at(600, 8)).toEqual([0x0b, 0x5c, 0xad, 255]);
		expect(inked(64, 1136, 140, 300)).toBeGreaterThan(10_000);
	});

	it('leaves the margins blank even for text far too long for the card', () => {
		expect(inked(0, 56, 16, height)).toBe(0);
		expect(inked(width - 56, width, 16, height)).toBe(0);
		expect(inked(0, width, height - 40, height)).toBe(0);
	});
});

describe('emoji on the card', () => {
	const card = (title: string) =>
		drawSharePixels({ ...shareImageText(u4ssc7.en, 'meetings.example.org'), title }).slice();

	// PT Sans has no emoji: without a font that has them, each would be the same empty box, so two
	// different emoji would draw the same pixels.
	it.each([
		['🌍', '🌏'],
		['🇨🇭', '🇫🇷'],
		['👩‍💻', '🧑‍🚀'],
	])('draws %s and %s as different pictures, not as the same empty box', (one, other) => {
		expect(card(`Summit ${one}`)).not.toEqual(card(`Summit ${other}`));
	});

	it('gives an emoji the width of one picture, a flag and a joined sequence too', () => {
		card('Summit 🌍'); // the emoji font is loaded by the first card that needs it
		const measure = cardMeasure('en');
		const letter = measure('M', 60, 700);
		for (const picture of ['🌍', '🇨🇭', '👩‍💻']) {
			const width = measure(picture, 60, 700);
			expect(width, picture).toBeGreaterThan(letter);
			expect(width, picture).toBeLessThan(2 * letter);
		}
	});
});
