import { availableParallelism } from 'node:os';
import { threadId } from 'node:worker_threads';

import { describe, expect, it } from 'vitest';

import { cardsPerThread, renderInPool, sharePool } from '../../../src/lib/share-image/pool.ts';
import { drawShareImage, type ShareImageText } from '../../../src/lib/share-image/draw.ts';

const card: ShareImageText = {
	organizers: 'МСЭ · ЕЭК ООН · ООН-Хабитат',
	title: 'Седьмое собрание в рамках инициативы U4SSC',
	date: 'Вторник, 20 июня 2023 г.',
	time: '09:30–16:00 (Женева, CEST, UTC+2)',
	utc: '07:30–14:00 UTC',
	format: 'Виртуальный (онлайн)',
	registration: 'Регистрация обязательна.',
	site: 'Международные собрания · meetings.example.org',
	lang: 'ru',
};

describe('renderInPool', () => {
	it('draws on one worker thread per core, each from its first card exactly what drawShareImage draws', async () => {
		// All threads start at once and each registers its fonts while the others do.
		const jobs = Array.from({ length: 2 * availableParallelism() }, () => renderInPool(card));
		const [direct, ...drawn] = await Promise.all([drawShareImage(card), ...jobs]);
		const threads = new Set(drawn.map((card) => card.threadId));
		expect(threads.has(threadId)).toBe(false);
		expect(threads.size).toBe(availableParallelism());
		expect(sharePool().threads).toHaveLength(availableParallelism());
		for (const { png } of drawn) expect(Buffer.from(png).equals(Buffer.from(direct!))).toBe(true);
	});

	it('draws several cards at once, each with its own text', async () => {
		const titles = ['A', 'Б', 'C', 'Д'].map((letter) => ({
			...card,
			title: `${card.title} ${letter}`,
		}));
		const drawn = await Promise.all(titles.map((text) => renderInPool(text)));
		expect(new Set(drawn.map(({ png }) => Buffer.from(png).toString('base64'))).size).toBe(4);
	});

	it('hands over to new threads once its threads have drawn their share, and stops the old ones', async () => {
		const first = sharePool();
		const before = first.threads.map((thread) => thread.threadId);
		const drawn: number[] = [];
		for (let count = 0; sharePool() === first; count++) {
			expect(count).toBeLessThan(cardsPerThread * availableParallelism());
			drawn.push((await renderInPool(card)).threadId);
		}
		expect(new Set(drawn).isSubsetOf(new Set(before))).toBe(true);
		const next = await renderInPool(card);
		expect(before).not.toContain(next.threadId);
		// The old pool stopped its threads once its last card was drawn.
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(first.threads).toHaveLength(0);
	});

	it('reports a card it cannot draw, and keeps drawing the next ones', async () => {
		const broken = { ...card, title: undefined } as unknown as ShareImageText;
		await expect(renderInPool(broken)).rejects.toThrow(/^Share image: /);
		const { png } = await renderInPool(card);
		expect([...png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
	});
});
