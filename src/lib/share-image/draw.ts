// Draws a share preview card with Skia (@napi-rs/canvas): PT Sans read from node_modules (no
// network), each block of text wrapped to the card's width and shrunk or cut so that it never runs
// off the card, PNG encoded by png.ts. Plain Node, no Astro: it also runs in the worker
// threads of pool.ts.

import { createRequire } from 'node:module';
import { threadId } from 'node:worker_threads';

import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';

import { blendPalette, hexColour, quantize } from './palette.ts';
import { encodeIndexedPng } from './png.ts';

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/** The lines of text on a card, already formatted in the page's language. */
export interface ShareImageText {
	/** Who organizes the meeting: "ITU · UNECE · UN-Habitat". */
	organizers: string;
	title: string;
	/** As a line of its own: "Tuesday, 20 June 2023", «Вторник, 20 июня 2023 г.». */
	date: string;
	/** "09:30–16:00 CEST, UTC+02:00" */
	time: string;
	/** "07:30–14:00 UTC" */
	utc: string;
	format: string;
	/** "Registration is mandatory." */
	registration: string;
	site: string;
	/** The language of the text, which picks the right glyph forms. */
	lang: string;
}

/** One block of text: the sizes to try, largest first, and how many lines it may take. */
export interface TextStyle {
	sizes: readonly number[];
	weight: 400 | 700;
	/** Line height as a multiple of the font size. */
	leading: number;
	maxLines: number;
	colour: string;
}

/** Where a block's lines go: their size and the top of the first line. */
export interface PlacedBlock {
	size: number;
	lines: string[];
	style: TextStyle;
	top: number;
}

// Skia's font registry is shared by every thread of the process, and another thread may be halfway
// through registering the six files: each thread registers its own family and uses only that.
const family = `Share Card PT Sans ${threadId}`;
const emojiFamily = `Share Card Noto Emoji ${threadId}`;
const require = createRequire(import.meta.url);
let registered = false;
let emojiRegistered = false;

/** PT Sans in the subsets the site's languages need. */
const textFontFiles = () =>
	['latin', 'latin-ext', 'cyrillic'].flatMap((subset) =>
		[400, 700].map((weight) =>
			require.resolve(`@fontsource/pt-sans/files/pt-sans-${subset}-${weight}-normal.woff2`),
		),
	);

/** Noto Emoji: its eleven subsets of unicode ranges plus the emoji one, in both weights. */
const emojiFontFiles = () =>
	[...Array.from({ length: 11 }, (_, index) => String(index)), 'emoji'].flatMap((subset) =>
		[400, 700].map((weight) =>
			require.resolve(`@fontsource/noto-emoji/files/noto-emoji-${subset}-${weight}-normal.woff2`),
		),
	);

/** Every font file a card may be drawn with (the share-image cache's key reads them). */
export function fontFiles(): string[] {
	return [...textFontFiles(), ...emojiFontFiles()];
}

/** Registers the font files for this thread. */
function registerFonts() {
	if (registered) return;
	for (const file of textFontFiles()) register(file, family);
	registered = true;
}

/** Emoji and flags, which PT Sans lacks: what a title may hold and would otherwise show as boxes. */
const emoji = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/**
 * Noto Emoji (monochrome, OFL; its eleven subsets of unicode ranges plus the emoji one), drawn in
 * the ink of the text, for this thread; registered only once a card has an emoji (2 MB for both weights).
 */
function registerEmojiFont() {
	if (emojiRegistered) return;
	for (const file of emojiFontFiles()) register(file, emojiFamily);
	emojiRegistered = true;
}

function register(file: string, name: string) {
	const path = require.resolve(file);
	if (!GlobalFonts.registerFromPath(path, name)) {
		throw new Error(`Share image: could not load the font ${path}`);
	}
}

const colours = { ink: '#14213d', muted: '#4a5568', accent: '#0b5cad', paper: '#ffffff' };
const margin = { x: 64, top: 64, bottom: 48 };
const bar = 16;
const textWidth = SHARE_IMAGE.width - 2 * margin.x;

const styles = {
	organizers: { sizes: [26, 22], weight: 700, leading: 1.25, maxLines: 2, colour: colours.accent },
	// Long titles get a smaller size so that three lines still hold them.
	title: { sizes: [60, 52, 44], weight: 700, leading: 1.15, maxLines: 3, colour: colours.ink },
	date: { sizes: [36, 30], weight: 700, leading: 1.25, maxLines: 2, colour: colours.ink },
	time: { sizes: [32, 26], weight: 400, leading: 1.25, maxLines: 1, colour: colours.ink },
	utc: { sizes: [26, 22], weight: 400, leading: 1.25, maxLines: 1, colour: colours.muted },
	registration: {
		sizes: [26, 22],
		weight: 700,
		leading: 1.25,
		maxLines: 1,
		colour: colours.accent,
	},
	site: { sizes: [22, 18], weight: 400, leading: 1.25, maxLines: 1, colour: colours.muted },
} satisfies Record<string, TextStyle>;

/** The width of a string set in PT Sans at a size and weight; the layout only needs widths. */
export type Measure = (text: string, size: number, weight: 400 | 700) => number;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** What a reader sees as single characters: "е́", a flag or a family emoji are never split. */
const characters = (text: string) => Array.from(graphemes.segment(text), (part) => part.segment);

/**
 * Breaks text into lines that `fits` accepts, at spaces, tabs and line breaks (no-break spaces
 * hold), and a word too wide for a whole line between its characters.
 */
export function wrap(text: string, fits: (line: string) => boolean): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/[\t\n\f\r ]+/).filter(Boolean)) {
		const joined = line ? `${line} ${word}` : word;
		if (fits(joined)) {
			line = joined;
			continue;
		}
		if (line) lines.push(line);
		line = '';
		for (const character of characters(word)) {
			if (line && !fits(line + character)) {
				lines.push(line);
				line = '';
			}
			line += character;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * The largest size at which the text fits in the style's lines and in `height`; at the smallest
 * size, the lines that fit, the last one ending in an ellipsis. `width` limits every line.
 */
export function fit(
	text: string,
	style: TextStyle,
	width: number,
	measure: Measure,
	height = Infinity,
) {
	for (const size of style.sizes) {
		const fits = (line: string) => measure(line, size, style.weight) <= width;
		const room = Math.max(1, Math.min(style.maxLines, Math.floor(height / (size * style.leading))));
		const lines = wrap(text, fits);
		if (lines.length <= room) return { size, lines };
		if (size !== style.sizes.at(-1)) continue;
		const kept = lines.slice(0, room);
		let last = characters(kept.pop()!);
		while (last.length > 0 && !fits(`${last.join('')}…`)) last = last.slice(0, -1);
		return { size, lines: [...kept, `${last.join('').trimEnd()}…`] };
	}
	throw new Error('Share image: a text style needs at least one size');
}

/** Space kept between the top blocks (organizers, title) and the bottom ones (date and the rest). */
const minimumGap = 24;

/**
 * Places the blocks: date, time, UTC line, registration and site name from the bottom, as on the
 * page, then the organizers and the title from the top, the title in the room the others leave.
 * Pure, so that tests can check it with any measure.
 */
export function layout(text: ShareImageText, measure: Measure): PlacedBlock[] {
	const place = (content: string, style: TextStyle, room?: number) => ({
		...fit(content, style, textWidth, measure, room),
		style,
	});
	const height = (block: { size: number; lines: string[]; style: TextStyle }) =>
		block.lines.length * block.size * block.style.leading;

	const placed: PlacedBlock[] = [];
	const bottom = [
		{ block: place(text.date, styles.date), gap: 0 },
		{ block: place(text.time, styles.time), gap: 6 },
		{ block: place(`${text.utc} · ${text.format}`, styles.utc), gap: 6 },
		{ block: place(text.registration, styles.registration), gap: 6 },
		{ block: place(text.site, styles.site), gap: 22 },
	];
	let fromBottom = SHARE_IMAGE.height - margin.bottom;
	for (const { block, gap } of bottom.toReversed()) {
		fromBottom -= height(block);
		placed.push({ ...block, top: fromBottom });
		fromBottom -= gap;
	}

	const organizers = place(text.organizers, styles.organizers);
	const titleTop = margin.top + height(organizers) + 20;
	const title = place(text.title, styles.title, fromBottom - minimumGap - titleTop);
	placed.unshift({ ...organizers, top: margin.top }, { ...title, top: titleTop });
	return placed;
}

// Skia takes a character PT Sans lacks from the next family: emoji from Noto Emoji.
const font = (size: number, weight: 400 | 700) =>
	`${weight} ${size}px "${family}", "${emojiFamily}"`;

function draw(context: SKRSContext2D, blocks: PlacedBlock[]) {
	context.fillStyle = colours.paper;
	context.fillRect(0, 0, SHARE_IMAGE.width, SHARE_IMAGE.height);
	context.fillStyle = colours.accent;
	context.fillRect(0, 0, SHARE_IMAGE.width, bar);
	// Each line sits in the middle of its line box, as CSS's half-leading puts it.
	context.textBaseline = 'middle';
	for (const { size, lines, style, top } of blocks) {
		const lineHeight = size * style.leading;
		context.font = font(size, style.weight);
		context.fillStyle = style.colour;
		lines.forEach((line, index) => {
			context.fillText(line, margin.x, top + (index + 0.5) * lineHeight);
		});
	}
}

// The canvas here, the index array below and the scratch buffer in png.ts are shared by every card
// of a thread. That is safe only because nothing between measuring a card and deflating its PNG
// awaits: keep it so.
let surface: { canvas: Canvas; context: SKRSContext2D } | undefined;

/**
 * One canvas per thread, drawn over for every card: a new 1200×630 canvas costs more than drawing
 * the card on it (13 ms against 2 ms, measured).
 */
function drawingSurface() {
	if (!surface) {
		registerFonts();
		const canvas = createCanvas(SHARE_IMAGE.width, SHARE_IMAGE.height);
		surface = { canvas, context: canvas.getContext('2d', { alpha: false }) };
	}
	return surface;
}

/**
 * Widths of text in PT Sans, measured as the card draws it. Wrapping measures each line again as
 * words join it, at every size it tries: each width is measured once for the card, and the font
 * set only when it changes (Skia parses it on every assignment).
 */
export function cardMeasure(lang: string): Measure {
	const { context } = drawingSurface();
	context.lang = lang;
	let current = '';
	const widths = new Map<string, number>();
	return (line, size, weight) => {
		const key = `${size}|${weight}|${line}`;
		let width = widths.get(key);
		if (width === undefined) {
			const wanted = font(size, weight);
			if (wanted !== current) context.font = current = wanted;
			width = context.measureText(line).width;
			widths.set(key, width);
		}
		return width;
	};
}

/** The card's pixels, RGBA row by row, opaque. */
export function drawSharePixels(text: ShareImageText): Uint8Array {
	if (Object.values(text).some((value) => emoji.test(value))) registerEmojiFont();
	const blocks = layout(text, cardMeasure(text.lang));
	const { canvas, context } = drawingSurface();
	draw(context, blocks);
	return canvas.data();
}

/**
 * Every colour the card can show: the paper, and each ink blended into it at its glyphs' edges;
 * the title's ink, the largest text, gets the most shades. 11 colours: 4 bits a pixel. Each shade
 * fewer is less edge noise to compress: with 7, 4 and 4 shades (16 colours) the cards were 11%
 * larger (RU 24.9 KB against 22.0 KB, EN 18.3 against 16.2), with no difference to see at three
 * times their size.
 */
export const cardPalette = blendPalette(hexColour(colours.paper), [
	{ colour: hexColour(colours.ink), shades: 4 },
	{ colour: hexColour(colours.muted), shades: 3 },
	{ colour: hexColour(colours.accent), shades: 3 },
]);

/** Each card's palette indices, in one array per thread like the canvas. */
const cardIndices = new Uint8Array(SHARE_IMAGE.width * SHARE_IMAGE.height);

/** The PNG bytes of the preview card. */
export async function drawShareImage(text: ShareImageText): Promise<Uint8Array> {
	const indices = quantize(drawSharePixels(text), cardPalette, cardIndices);
	return encodeIndexedPng(SHARE_IMAGE.width, SHARE_IMAGE.height, indices, cardPalette);
}
