// Russian pages as a reader sees them, JavaScript on, in a Russian browser: no English words.
// The dictionary test checks the interface strings; this one also catches content, Intl output
// and anything a script writes into the page.

import { describe, expect, it } from 'vitest';

import { htmlFiles, urlPathOf } from '../../scripts/harness/site.ts';
import { useBrowser } from './use-browser.ts';

const { open } = useBrowser({ locale: 'ru-RU', timezoneId: 'Asia/Almaty' });

/**
 * Latin words a Russian page may show: the initiative's and products' names, the file type, the
 * other language's name on the language switch. Abbreviations in capitals (UTC, CEST, KPI) pass
 * on their own.
 */
const allowed = new Set(['English', 'Google', 'Outlook', 'Microsoft', 'Apple', 'ics', 'https']);

/** Latin words in the visible text, after addresses, e-mail addresses and domains (Outlook.com). */
function englishWords(text: string): string[] {
	return (
		text
			.replace(/\S+@\S+|(?:https?|webcal):\/\/\S+|\b[\w-]+(?:\.[\w-]+)+\/?\S*/g, ' ')
			.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []
	).filter((word) => !allowed.has(word) && !/^[A-Z0-9-]+$/.test(word));
}

describe('Russian pages', () => {
	const pages = htmlFiles()
		.filter((file) => file.startsWith('ru/'))
		.map(urlPathOf);

	it('include the home page and every meeting', () => {
		expect(pages).toContain('/ru/');
		expect(pages).toContain('/ru/meetings/u4ssc-7/');
	});

	it.each(pages)('show no English words on %s', async (path) => {
		const { page } = await open(path, { clock: { time: '2023-06-10T10:00:00Z' } });
		// Let <meeting-schedule> fill in "Your time" before reading.
		await page.waitForLoadState('networkidle');
		expect(englishWords(await page.locator('body').innerText())).toEqual([]);
	});

	it('would catch an English sentence', () => {
		const text = 'Собрание: Registration is mandatory, UTC+02:00, u4ssc@itu.int, Outlook.com';
		expect(englishWords(text)).toEqual(['Registration', 'is', 'mandatory']);
	});
});
