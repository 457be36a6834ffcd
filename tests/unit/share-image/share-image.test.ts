import { describe, expect, it } from 'vitest';

import { renderShareImage, shareImageText } from '../../../src/lib/share-image/share-image.ts';
import { fixtureMeeting, u4ssc7 } from '../../helpers/meetings.ts';

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Uint8Array) {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
	expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Expected text with "~" for each no-break space typography puts in. */
const nb = (text: string) => text.replace(/~/g, '\u00a0');

describe('the share preview image', () => {
	it.each([
		[
			'en',
			{
				organizers: 'ITU · UNECE · UN-Habitat',
				title: nb('7th meeting of~the~United for~Smart Sustainable Cities initiative (U4SSC)'),
				date: nb('Tuesday, 20~June 2023'),
				time: nb('09:30–16:00 Geneva time (CEST, UTC+2)'),
				utc: '07:30–14:00 UTC',
				format: 'Virtual (online)',
				registration: nb('Registration is~mandatory.'),
				site: 'International meetings · meetings.example.org',
				lang: 'en',
			},
		],
		[
			'ru',
			{
				organizers: 'МСЭ · ЕЭК ООН · ООН-Хабитат',
				title: nb(
					'Седьмое собрание в~рамках инициативы «Объединение усилий в~целях построения „умных“ устойчивых городов» (U4SSC)',
				),
				date: nb('Вторник, 20~июня 2023~г.'),
				time: nb('09:30–16:00 (Женева, CEST, UTC+2)'),
				utc: '07:30–14:00 UTC',
				format: 'Виртуальный (онлайн)',
				registration: 'Регистрация обязательна.',
				site: 'Международные собрания · meetings.example.org',
				lang: 'ru',
			},
		],
	] as const)(
		'names the organizers, what, when, the format and that registration is mandatory (%s)',
		(locale, expected) => {
			expect(shareImageText(u4ssc7[locale], 'meetings.example.org')).toEqual(expected);
		},
	);

	it.each(['en', 'ru'] as const)(
		'prints the initiative’s name once, in the title, not again above it (%s)',
		(locale) => {
			const card = shareImageText(u4ssc7[locale], 'meetings.example.org');
			// Its first words: inside the title the quotes around a word of it may change („умных“).
			const spaced = (text: string) => text.replace(/\s+/g, ' ');
			const opening = spaced(u4ssc7[locale].text.initiative!.name).split(' ').slice(0, 3).join(' ');
			const printed = spaced(Object.values(card).join('\n'));
			expect(printed.split(opening)).toHaveLength(2);
			expect(spaced(card.title)).toContain(opening);
		},
	);

	it('starts the date with a capital, as a line of its own', () => {
		expect(shareImageText(u4ssc7.ru, 'meetings.example.org').date).toMatch(/^Вторник, /);
	});

	it('is a 1200×630 PNG', async () => {
		const png = await renderShareImage(shareImageText(u4ssc7.ru, 'meetings.example.org'));
		expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
	}, 30_000);
});

describe('the share preview image of a meeting of no initiative', () => {
	it.each([
		['en', 'ITU'],
		['ru', 'МСЭ'],
	] as const)(
		'names its organizer above the title, as for any meeting (%s)',
		(locale, organizers) => {
			const text = shareImageText(fixtureMeeting('fg-dt4c-3', locale), 'meetings.example.org');
			expect(text.organizers).toBe(organizers);
		},
	);
});
