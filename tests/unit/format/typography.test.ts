import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';

import { readMeetingFolder } from '../../../src/lib/content/files.ts';
import {
	positions,
	typesetPieces,
	typographyPlugin,
} from '../../../src/lib/format/markdown-typography.ts';
import {
	capitalized,
	rangeDashes,
	typeset,
	typesetAll,
	typesetBatch,
	uncapitalized,
} from '../../../src/lib/format/typography.ts';

/** Expected text with "~" for each no-break space. */
const nb = (text: string) => text.replace(/~/g, '\u00a0');

describe('typeset', () => {
	it.each([
		// Short words hold on to the next one: «в» never ends a line of the title, nor «До».
		['Седьмое собрание в рамках инициативы', 'Седьмое собрание в~рамках инициативы'],
		['До начала: 3 дня', 'До~начала: 3~дня'],
		// The date stays whole: day and month, year and «г.».
		['20 июня 2023 г.', '20~июня 2023~г.'],
		['на 2023-2024 гг.', 'на~2023–2024~гг.'],
		// A number keeps its noun or unit.
		['поддерживают 19 учреждений', 'поддерживают 19~учреждений'],
		// A dash in a sentence is an em dash, bound to the word before it.
		['U4SSC - инициатива ООН', 'U4SSC~— инициатива ООН'],
		['Государства – Члены МСЭ', 'Государства~— Члены МСЭ'],
		// «Ёлочки» outside, „лапки“ inside.
		[
			'инициативы "Объединение усилий в целях построения "умных" устойчивых городов"',
			'инициативы «Объединение усилий в~целях построения „умных“ устойчивых городов»',
		],
	])('sets Russian: %s', (text, expected) => {
		expect(typeset(text, 'ru')).toBe(nb(expected));
	});

	it.each([
		[
			'Sustainable Development Goal 11: "Make cities safe"',
			'Sustainable Development Goal 11: “Make cities safe”',
		],
		['Starts in 18 days', 'Starts in~18~days'],
		['The meeting - held online - is open', 'The~meeting~— held online~— is~open'],
		['Your device’s time zone', 'Your device’s time zone'],
	])('sets English: %s', (text, expected) => {
		expect(typeset(text, 'en')).toBe(nb(expected));
	});

	it.each([
		'https://u4ssc.itu.int/latest-meetings/7th-meeting/',
		'u4ssc@itu.int',
		'+41 22 730 6301',
		'09:30–16:00 CEST, UTC+02:00',
		'2023-06-20',
	])('leaves %s as it is', (text) => {
		expect(typeset(text, 'ru')).toBe(text);
		expect(typeset(`Адрес: ${text}`, 'ru')).toBe(`Адрес: ${text}`);
	});

	it('keeps the spaces at either end, for text that is one piece of a sentence', () => {
		expect(typeset(' и в ', 'ru')).toBe(nb(' и~в '));
		expect(typeset('   ', 'ru')).toBe('   ');
		expect(typeset('', 'ru')).toBe('');
	});

	it('changes nothing in text it has set already', () => {
		for (const text of [
			'Седьмое собрание в рамках инициативы «Объединение усилий» - 20 июня 2023 г.',
			'The initiative is supported by 19 agencies - "and more".',
		]) {
			for (const locale of ['ru', 'en'] as const) {
				const once = typeset(text, locale);
				expect(typeset(once, locale)).toBe(once);
			}
		}
	});
});

describe('typesetBatch (many texts in one run of typograf)', () => {
	/** Every string of every meeting's front matter, published and fixture, per language. */
	const strings = (locale: 'en' | 'ru') =>
		['../../../content/meetings/', '../../fixtures/meetings/'].flatMap((folder) => {
			const dir = fileURLToPath(new URL(folder, import.meta.url));
			return readdirSync(dir).flatMap((slug) => {
				const texts: string[] = [];
				const collect = (value: unknown): void => {
					if (typeof value === 'string') texts.push(value);
					else if (value && typeof value === 'object') Object.values(value).forEach(collect);
				};
				collect(readMeetingFolder(dir, slug, folder).texts[locale]);
				return texts;
			});
		});

	it.each(['en', 'ru'] as const)(
		'sets every text of the meetings as it sets each alone (%s)',
		(locale) => {
			const texts = strings(locale);
			expect(texts.length).toBeGreaterThan(50);
			expect(typesetBatch(texts, locale)).toEqual(
				texts.map((text) => typesetBatch([text], locale)[0]),
			);
		},
	);

	it('keeps a text with unpaired quotes from changing the quotes of the next', () => {
		const texts = ['Цитата «без конца', 'Слово "умных" городов', ' и в '];
		expect(typesetBatch(texts, 'ru')).toEqual(texts.map((text) => typesetBatch([text], 'ru')[0]));
		expect(typesetBatch(texts, 'ru')[1]).toBe('Слово «умных» городов');
	});
});

describe('typesetAll', () => {
	it('sets every string of the front matter, and no address', () => {
		const text = {
			title: 'Собрание в Женеве',
			list: ['Цель 11 в области', 'и так далее'],
			circular: {
				reference: 'Циркуляр 92 БСЭ',
				url: 'https://www.itu.int/md/T22-TSB-CIR-0092/ru',
			},
			count: 7,
			deadline: '2023-06-01',
			contact: 'u4ssc@itu.int',
		};
		expect(typesetAll(text, 'ru')).toEqual({
			title: nb('Собрание в~Женеве'),
			list: [nb('Цель 11~в~области'), nb('и~так далее')],
			circular: {
				reference: nb('Циркуляр 92~БСЭ'),
				url: 'https://www.itu.int/md/T22-TSB-CIR-0092/ru',
			},
			count: 7,
			deadline: '2023-06-01',
			contact: 'u4ssc@itu.int',
		});
	});
});

describe('typesetPieces (a paragraph of the meeting text, cut into its text nodes)', () => {
	it('sets the pieces as one sentence: a short word holds on to the emphasis after it', () => {
		// Собрание в <strong>Женеве</strong> и "<em>онлайн</em>" - см. <a>сайт</a>
		expect(
			typesetPieces([['Собрание в ', 'Женеве', ' и "', 'онлайн', '" - см. ', 'сайт']], 'ru')[0],
		).toEqual([nb('Собрание в~'), 'Женеве', nb(' и~«'), 'онлайн', nb('»~— см.~'), 'сайт']);
	});

	it('cuts at the same places when typography shortens the text', () => {
		expect(typesetPieces([['Итак... ', 'далее', ' -- ', 'конец']], 'ru')[0]).toEqual([
			'Итак… ',
			'далее',
			nb('~— '),
			'конец',
		]);
	});
});

describe('positions (where each position of a text falls in its typeset form)', () => {
	it.each([
		['same length', 'a b', 'a\u00a0b', [0, 1, 2, 3]],
		['shorter', 'a...b', 'a…b', [0, 1, 2, 2, 2, 3]],
		['longer', 'a(c)b', 'a©b', [0, 1, 2, 2, 2, 3]],
		['a space removed', 'a ,b', 'a,b', [0, 1, 1, 2, 3]],
	])('maps %s text', (_, from, to, expected) => {
		expect([...positions(from, to)]).toEqual(expected);
	});
});

describe('letter case and ranges', () => {
	it('starts a date that stands as a line of its own with a capital', () => {
		expect(capitalized('вторник, 20 июня 2023 г.', 'ru')).toBe('Вторник, 20 июня 2023 г.');
		expect(capitalized('', 'ru')).toBe('');
	});

	it('continues after a colon in small letters', () => {
		expect(uncapitalized('Виртуальный (онлайн)', 'ru')).toBe('виртуальный (онлайн)');
		expect(uncapitalized('Virtual (online)', 'en')).toBe('virtual (online)');
	});

	it('sets a range’s dash between thin spaces, which typography leaves an en dash', () => {
		const range = rangeDashes('16 января в 09:00 – 17 января в 17:30');
		expect(range).toBe('16 января в 09:00\u2009–\u200917 января в 17:30');
		expect(typeset(range, 'ru')).toBe(nb('16~января в~09:00\u2009–\u200917~января в~17:30'));
	});
});

describe('the Markdown plugin, as the build runs it', () => {
	const render = (markdown: string, file: string) =>
		markdownToHtml(markdown, {
			hastPlugins: [typographyPlugin],
			fileURL: new URL(`file:///content/meetings/x/${file}`),
		}).html.replace(/\u00a0/g, '~');

	it('sets each paragraph whole, through emphasis and links, and leaves code and addresses', () => {
		const html = render(
			'Собрание в **Женеве** - см. [сайт в сети](https://example.org/a-b) и `a - b`.\n\n- пункт в списке\n',
			'ru.mdx',
		);
		expect(html).toBe(
			'<p>Собрание в~<strong>Женеве</strong>~— см.~<a href="https://example.org/a-b">сайт в~сети</a> и~<code>a - b</code>.</p>\n<ul>\n<li>пункт в~списке</li>\n</ul>\n',
		);
	});

	it('sets English by the English rules, and a file of no language not at all', () => {
		expect(render('Held in "Geneva" - online too.', 'en.mdx')).toBe(
			'<p>Held in~“Geneva”~— online~too.</p>\n',
		);
		expect(render('Held in "Geneva".', 'rus.mdx')).toBe('<p>Held in "Geneva".</p>\n');
	});
});
