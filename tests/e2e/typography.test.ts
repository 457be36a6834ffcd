// Every page of the built site as a reader sees it, in Chromium, with and without JavaScript: each
// block of visible text, set by typograf in its own language, must come out unchanged. So no short
// word ends a line, no date breaks apart, every dash and quotation mark is the right one, whether
// the text came from the content, a dictionary, Intl or a script.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { isLocale } from '../../src/i18n/locales.ts';
import { typeset } from '../../src/lib/format/typography.ts';
import { pagePaths } from '../../scripts/harness/site.ts';
import { useBrowser } from './use-browser.ts';

const { open } = useBrowser({ timezoneId: 'Asia/Tokyo' });

interface Block {
	lang: string;
	text: string;
}

/**
 * The visible text of the page, one entry per block (paragraph, list item, table cell, heading):
 * its text nodes joined as the reader reads them, in the language of the block.
 */
function visibleBlocks(page: Page): Promise<Block[]> {
	return page.evaluate(() => {
		const inline = (element: Element) =>
			['inline', 'contents'].includes(getComputedStyle(element).display);
		const blocks = new Map<Element, Block>();
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			if (!parent || parent.closest('script, style, template, noscript')) continue;
			if (!parent.checkVisibility({ visibilityProperty: true })) continue;
			let block: Element = parent;
			while (block !== document.body && inline(block)) block = block.parentElement!;
			const entry = blocks.get(block) ?? {
				lang: block.closest('[lang]')?.getAttribute('lang') ?? '',
				text: '',
			};
			entry.text += node.textContent;
			blocks.set(block, entry);
		}
		return [...blocks.values()];
	});
}

/** Runs of ordinary white space as one space, as the browser shows them; no-break spaces stay. */
const collapse = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ').trim();

/** Each block that typograf would still change: what it is, and what typograf makes of it. */
async function untypeset(page: Page) {
	const changes: { shown: string; typeset: string }[] = [];
	for (const { lang, text } of await visibleBlocks(page)) {
		const shown = collapse(text);
		if (!shown || !isLocale(lang)) continue;
		const set = typeset(shown, lang);
		if (set !== shown) {
			const mark = (value: string) => value.replace(/\u00a0/g, '⍽');
			changes.push({ shown: mark(shown), typeset: mark(set) });
		}
	}
	return changes;
}

describe.each(pagePaths())('the typography of %s', (path) => {
	it.each([true, false])(
		'leaves typograf nothing to change (JavaScript on: %s)',
		async (javaScript) => {
			const { page } = await open(path, {
				javaScriptEnabled: javaScript,
				// Before the meeting, so the countdown and the registration call are on the page too.
				clock: { time: '2023-06-10T10:00:00Z' },
			});
			if (javaScript) await page.waitForLoadState('networkidle');
			expect(await untypeset(page)).toEqual([]);
		},
	);
});

describe('the check itself', () => {
	it('finds a short word left at the end of a line and a wrong dash', async () => {
		const { page } = await open('/ru/');
		await page.evaluate(() => {
			const paragraph = document.createElement('p');
			paragraph.textContent = 'Собрание в Женеве - 20 июня';
			document.querySelector('main')!.append(paragraph);
		});
		expect(await untypeset(page)).toEqual([
			{ shown: 'Собрание в Женеве - 20 июня', typeset: 'Собрание в⍽Женеве⍽— 20⍽июня' },
		]);
	});
});
