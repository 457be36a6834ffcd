// The schedule widget in real Chromium, on the 7th U4SSC meeting's page of the site built from the
// fixture meetings: the browser's zone, language and clock are pinned per context, and each test
// reads the text a visitor would read (no-break spaces read as spaces).

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import {
	launchBrowser,
	newContext,
	watchForProblems,
	type ContextOptions,
} from '../../scripts/harness/browser.ts';
import { collapse } from './reader.ts';

const baseURL = inject('fixtureURL');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const before = '2023-06-17T03:00:00Z';
const during = '2023-06-20T12:00:00Z';
const after = '2023-06-21T10:00:00Z';

/** Opens a meeting page in a fresh context; fails the test on any console error or exception. */
async function open(
	path: string,
	options: Omit<ContextOptions, 'baseURL'>,
	check: (page: Page) => Promise<void>,
) {
	const context = await newContext(browser, { baseURL, ...options });
	try {
		const page = await context.newPage();
		const problems = watchForProblems(page);
		await page.goto(path);
		await check(page);
		expect(problems.describe()).toEqual([]);
	} finally {
		await context.close();
	}
}

const status = (page: Page) => page.locator('meeting-status .label').innerText().then(collapse);
const note = (page: Page) =>
	page.locator('meeting-schedule [data-source]:visible').innerText().then(collapse);
/** The schedule's own "Your time" line, words and all, as one line of text. */
const yourTime = async (page: Page) =>
	(await page.locator('meeting-schedule .your-time').innerText()).replace(/\s+/g, ' ').trim();
const marked = async (page: Page) =>
	(await page.locator('meeting-schedule tr[aria-current="true"] th').allInnerTexts()).map((text) =>
		text.replace(/\s+/g, ' '),
	);

describe('the visitor’s own time', () => {
	it.each([
		[
			'Asia/Tokyo',
			'en',
			before,
			'Starts in 3 days, 4 hours',
			'Your time: Tuesday, 20 June 2023, 16:30–23:00 (Tokyo, UTC+9) afternoon to late evening',
			['Tokyo (your time zone) UTC+9'],
		],
		[
			'America/Los_Angeles',
			'ru',
			during,
			'Проходит сейчас, до окончания: 2 часа',
			'Ваше время: вторник, 20 июня 2023 г., 00:30–07:00 (Лос-Анджелес, UTC−7) ночью',
			['Лос-Анджелес (ваш часовой пояс) UTC−7'],
		],
		[
			'Asia/Kathmandu',
			'en',
			after,
			'This meeting ended on 20 June 2023.',
			'Your time: Tuesday, 20 June 2023, 13:15–19:45 (Kathmandu, UTC+5:45) afternoon to evening',
			[],
		],
		[
			'Pacific/Auckland',
			'ru',
			'2023-06-20T06:00:00Z',
			'До начала: 1 час 30 минут',
			'Ваше время: вторник, 20 июня 2023 г., 19:30–02:00 +1 день (Окленд, UTC+12) ночью',
			['Окленд (ваш часовой пояс) UTC+12'],
		],
		[
			'Pacific/Pago_Pago',
			'en',
			before,
			'Starts in 3 days, 4 hours',
			'Your time: Monday, 19 June 2023, 20:30–03:00 +1 day (Pago Pago, UTC−11) at night',
			[],
		],
		[
			'Europe/Moscow',
			'ru',
			after,
			'Собрание завершилось 20 июня 2023 г.',
			'Ваше время: вторник, 20 июня 2023 г., 10:30–17:00 (Москва, UTC+3) в рабочее время',
			[
				'Каир (ваш часовой пояс) UTC+3',
				'Найроби (ваш часовой пояс) UTC+3',
				'Москва (ваш часовой пояс) UTC+3',
			],
		],
	])('in %s, %s page, at %s', async (timezoneId, locale, now, expectedStatus, expected, rows) => {
		await open(
			`/${locale}/meetings/u4ssc-7/`,
			{ timezoneId, locale, clock: { time: now } },
			async (page) => {
				expect(await status(page)).toBe(expectedStatus);
				await expect.poll(() => yourTime(page)).toBe(expected);
				expect(await marked(page)).toEqual(rows);
			},
		);
	});

	it('keeps the status current as the meeting starts', async () => {
		const context = await newContext(browser, {
			baseURL,
			timezoneId: 'Asia/Tokyo',
			clock: { time: '2023-06-20T07:00:00Z', mode: 'installed' },
		});
		const page = await context.newPage();
		await page.goto('/en/meetings/u4ssc-7/');
		expect(await status(page)).toBe('Starts in 30 minutes');
		await page.clock.runFor(31 * 60_000);
		expect(await status(page)).toBe('In progress, ends in 6 hours, 29 minutes');
		await context.close();
	});

	it('shows the server’s table and no picker without JavaScript', async () => {
		await open('/en/meetings/u4ssc-7/', { javaScriptEnabled: false }, async (page) => {
			expect(await page.getByLabel('Time zone').isVisible()).toBe(false);
			const row = await page.getByRole('row', { name: /Tokyo/ }).innerText();
			expect(row.replace(/\s+/g, ' ')).toBe('Tokyo UTC+9 16:30–23:00 afternoon to late evening');
		});
	});
});

describe('the zone picker', () => {
	it('is used by keyboard, shared in the URL, remembered and reset', async () => {
		const context = await newContext(browser, {
			baseURL,
			timezoneId: 'Europe/Zurich',
			clock: { time: before },
		});
		const page = await context.newPage();
		const problems = watchForProblems(page);
		await page.goto('/en/meetings/u4ssc-7/');
		await page.getByLabel('Time zone').focus();
		await page.keyboard.type('India');
		await page.keyboard.press('Enter');
		const announce = page.locator('[data-announce]');
		await expect
			.poll(() => announce.innerText().then(collapse))
			.toBe('Times are now shown for New Delhi · India · India Standard Time (UTC+5:30).');
		await expect
			.poll(() => yourTime(page))
			.toBe(
				'Your time: Tuesday, 20 June 2023, 13:00–19:30 (New Delhi, UTC+5:30) afternoon to evening',
			);
		expect(await marked(page)).toEqual(['New Delhi (your time zone) IST, UTC+5:30']);
		expect(new URL(page.url()).searchParams.get('tz')).toMatch(/^Asia\/(Calcutta|Kolkata)$/);

		await page.goto('/en/meetings/u4ssc-7/');
		await expect.poll(() => yourTime(page)).toContain('13:00–19:30 (New Delhi, UTC+5:30)');
		expect(await note(page)).toBe('The time zone you chose is used.');

		await page.getByLabel('Time zone').focus();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect
			.poll(() => yourTime(page))
			.toBe('Your time: Tuesday, 20 June 2023, 09:30–16:00 (Geneva, UTC+2) during working hours');
		expect(await note(page)).toBe('Your device’s time zone is used.');
		await expect
			.poll(() => announce.innerText().then(collapse))
			.toBe(
				'Times are now shown for Geneva · Switzerland, Liechtenstein · Central European Time (UTC+2).',
			);
		expect(new URL(page.url()).search).toBe('');
		expect(await page.evaluate(() => localStorage.length)).toBe(0);
		expect(problems.describe()).toEqual([]);
		await context.close();
	});

	it.each([
		['ru', 'Казахстан', 'Ваше время: вторник, 20 июня 2023 г., 13:30–20:00', 'Asia/Almaty'],
		['ru', 'Москва', 'Ваше время: вторник, 20 июня 2023 г., 10:30–17:00', 'Europe/Moscow'],
		// Named in Russian only by CLDR's list, which the picker fetches with the zone table.
		['ru', 'Киев', 'Ваше время: вторник, 20 июня 2023 г., 10:30–17:00', 'Europe/Ki'],
		['ru', 'Тегеран', 'Ваше время: вторник, 20 июня 2023 г., 11:00–17:30', 'Asia/Tehran'],
		['en', 'Europe/Kyiv', 'Your time: Tuesday, 20 June 2023, 10:30–17:00', 'Europe/Ki'],
		['en', 'Tokyo', 'Your time: Tuesday, 20 June 2023, 16:30–23:00', 'Asia/Tokyo'],
	])('on a %s page finds "%s"', async (locale, query, expected, zone) => {
		await open(
			`/${locale}/meetings/u4ssc-7/`,
			{ locale, clock: { time: before } },
			async (page) => {
				await page.getByRole('combobox').fill(query);
				await page.getByRole('combobox').press('Enter');
				await expect.poll(() => page.url()).toContain(`tz=${encodeURIComponent(zone)}`);
				await expect.poll(() => yourTime(page)).toMatch(new RegExp(`^${expected} `));
				// Announced by the zone's name in the page's language, not by its Latin id.
				const announced =
					locale === 'ru'
						? /^Время показано для пояса [^A-Za-z]+ \(UTC[+−]\d+(:\d\d)?\)\.$/
						: /^Times are now shown for .+ \(UTC[+−]\d+(:\d\d)?\)\.$/;
				await expect
					.poll(() => page.locator('[data-announce]').innerText().then(collapse))
					.toMatch(announced);
			},
		);
	});

	it('offers every zone the browser supports, labelled in Russian on a Russian page', async () => {
		await open('/ru/meetings/u4ssc-7/', { locale: 'ru-RU' }, async (page) => {
			await page.getByLabel('Часовой пояс').focus();
			const supported = await page.evaluate(() => Intl.supportedValuesOf('timeZone').length);
			const options = page.locator('datalist option');
			await expect.poll(() => options.count()).toBe(supported);
			const labels = await options.evaluateAll((all) =>
				all.map((option) => (option as HTMLOptionElement).label),
			);
			expect(labels.filter((label) => /[A-Za-z]/.test(label))).toEqual([]);
			expect(labels).toContain('Москва · Россия · Москва, стандартное время');
			expect(labels.filter((label) => label.startsWith('Киев · Украина · '))).toHaveLength(1);
		});
	});

	it('still takes full zone names when its search code cannot load, and tries again later', async () => {
		const context = await newContext(browser, { baseURL, clock: { time: before } });
		try {
			const page = await context.newPage();
			const problems = watchForProblems(page);
			await page.route('**/zone-picker-list*.js', (route) => route.abort());
			await page.goto('/en/meetings/u4ssc-7/');
			const picker = page.getByRole('combobox');
			const announce = page.locator('[data-announce]');
			await picker.fill('Tokyo');
			await picker.press('Enter');
			await expect
				.poll(() => announce.innerText().then(collapse))
				.toBe('No time zone matches that name; the times shown are unchanged.');
			await picker.fill('Asia/Tokyo');
			await picker.press('Enter');
			await expect
				.poll(() => announce.innerText().then(collapse))
				.toBe('Times are now shown for Asia/Tokyo (UTC+9).');
			await expect
				.poll(() => yourTime(page))
				.toMatch(/^Your time: Tuesday, 20 June 2023, 16:30–23:00 /);
			await page.unroute('**/zone-picker-list*.js');
			await picker.fill('India');
			await picker.press('Enter');
			await expect
				.poll(() => announce.innerText().then(collapse))
				.toBe('Times are now shown for New Delhi · India · India Standard Time (UTC+5:30).');
			// The blocked request is the only complaint: no exception escaped the page's script.
			expect(problems.pageErrors.map((error) => error.message)).toEqual([]);
			for (const message of problems.consoleErrors) {
				expect(message.text()).toMatch(/Failed to load resource|dynamically imported module/);
			}
		} finally {
			await context.close();
		}
	});

	it('says so when nothing matches, and changes nothing', async () => {
		await open(
			'/en/meetings/u4ssc-7/',
			{ timezoneId: 'Asia/Tokyo', clock: { time: before } },
			async (page) => {
				// The line is whole once the zone's city has arrived.
				await expect.poll(() => yourTime(page)).toMatch(/16:30–23:00 \(Tokyo, UTC\+9\)/);
				const shown = await yourTime(page);
				await page.getByRole('combobox').fill('Atlantis');
				await page.getByRole('combobox').press('Enter');
				await expect
					.poll(() => page.locator('[data-announce]').innerText().then(collapse))
					.toBe('No time zone matches that name; the times shown are unchanged.');
				expect(await yourTime(page)).toBe(shown);
				expect(new URL(page.url()).search).toBe('');
			},
		);
	});
});

describe('a stored choice', () => {
	it.each([
		[
			'a zone',
			'Asia/Tokyo',
			'Your time: Tuesday, 20 June 2023, 16:30–23:00',
			'The time zone you chose is used.',
		],
		[
			'markup',
			'<img src=x onerror=alert(1)>',
			'Your time: Tuesday, 20 June 2023, 13:15–19:45',
			'Your device’s time zone is used.',
		],
		[
			'an unknown zone',
			'Mars/Olympus_Mons',
			'Your time: Tuesday, 20 June 2023, 13:15–19:45',
			'Your device’s time zone is used.',
		],
	])('is used when it is %s, and otherwise ignored', async (_, stored, expected, expectedNote) => {
		const context = await newContext(browser, {
			baseURL,
			timezoneId: 'Asia/Kathmandu',
			clock: { time: before },
		});
		await context.addInitScript(
			(value) => localStorage.setItem('meetings.timeZone', value),
			stored,
		);
		const page = await context.newPage();
		const problems = watchForProblems(page);
		await page.goto('/en/meetings/u4ssc-7/');
		await expect.poll(() => yourTime(page)).toMatch(new RegExp(`^${expected} `));
		expect(await note(page)).toBe(expectedNote);
		expect(await page.locator('img[src="x"]').count()).toBe(0);
		expect(problems.describe()).toEqual([]);
		await context.close();
	});
});

describe('a shared link', () => {
	it('opens with the zone from ?tz=', async () => {
		await open('/en/meetings/u4ssc-7/?tz=Asia/Tokyo', { clock: { time: before } }, async (page) => {
			await expect
				.poll(() => yourTime(page))
				.toBe(
					'Your time: Tuesday, 20 June 2023, 16:30–23:00 (Tokyo, UTC+9) afternoon to late evening',
				);
			expect(await note(page)).toBe('The time zone you chose is used.');
		});
	});

	it('accepts an old zone name', async () => {
		await open(
			'/ru/meetings/u4ssc-7/?tz=Europe/Kiev',
			{ clock: { time: before } },
			async (page) => {
				await expect
					.poll(() => yourTime(page))
					.toBe('Ваше время: вторник, 20 июня 2023 г., 10:30–17:00 (Киев, UTC+3) в рабочее время');
			},
		);
	});

	/** The widget's markup without the notes that say which zone is used and why. */
	const widget = async (page: Page) =>
		(await page.locator('meeting-schedule').innerHTML()).replace(
			/<p[^>]*data-source[^>]*>[^<]*<\/p>/g,
			'',
		);

	it.each([
		['markup', '<script>alert(1)</script>'],
		['an attribute breakout', '"><img src=x onerror=alert(1)>'],
		['a path', '../../etc/passwd'],
		['10 000 characters', 'A'.repeat(10_000)],
		['an unknown zone', 'Mars/Olympus_Mons'],
		['an abbreviation', 'CEST'],
		['nothing', ''],
	])('ignores %s in ?tz= and falls back visibly to the device’s zone', async (_, value) => {
		let baseline = '';
		await open(
			'/en/meetings/u4ssc-7/',
			{ timezoneId: 'Asia/Kathmandu', clock: { time: before } },
			async (page) => {
				await expect.poll(() => yourTime(page)).toContain('(Kathmandu, UTC+5:45)');
				baseline = await widget(page);
			},
		);
		const path = `/en/meetings/u4ssc-7/?tz=${encodeURIComponent(value)}`;
		await open(path, { timezoneId: 'Asia/Kathmandu', clock: { time: before } }, async (page) => {
			let dialogs = 0;
			page.on('dialog', (dialog) => {
				dialogs += 1;
				void dialog.dismiss();
			});
			await expect
				.poll(() => yourTime(page))
				.toBe(
					'Your time: Tuesday, 20 June 2023, 13:15–19:45 (Kathmandu, UTC+5:45) afternoon to evening',
				);
			expect(await note(page)).toBe(
				'The time zone in the link was not recognized, so your device’s time zone is used.',
			);
			expect(await widget(page)).toBe(baseline);
			expect(await page.locator('img[src="x"]').count()).toBe(0);
			expect(dialogs).toBe(0);
		});
	});
});
