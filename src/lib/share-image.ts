// The share preview image (1200×630 PNG) of a meeting in one language: the text comes from the
// content, satori lays it out with PT Sans read from node_modules (no network), resvg rasterises.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';

import { useTranslations } from '../i18n/index.ts';
import type { MeetingContent } from './meeting-calendar.ts';
import { encodePng } from './png.ts';
import {
	formatDateRange,
	formatLongDate,
	formatTimeRange,
	formatWindowZone,
	isSameDay,
	meetingWindow,
} from './schedule.ts';

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

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

export function shareImageText(meeting: MeetingContent, host: string): ShareImageText {
	const { facts, copy, locale } = meeting;
	const t = useTranslations(locale);
	const window = meetingWindow(facts.schedule);
	const { abbreviation, name } = copy.initiative;
	return {
		series: abbreviation ? `${abbreviation} · ${name}` : name,
		title: copy.title,
		date: isSameDay(window)
			? formatLongDate(window.start, locale)
			: formatDateRange(window, locale),
		time: `${formatTimeRange(window, locale)} ${formatWindowZone(window)}`,
		utc: `${formatTimeRange(window, locale, 'UTC')} UTC`,
		format: t(`meeting.format.${facts.format}`),
		site: `${t('site.name')} · ${host}`,
	};
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
export async function renderShareImage(text: ShareImageText): Promise<Uint8Array> {
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
