// <site-search>: searches the announcements with Pagefind in the page's language. Pagefind's code,
// its WebAssembly and the index are fetched on first use of the box, not with the page. Results
// are built from text nodes (and Pagefind's <mark>s), never from its HTML.

import { isLocale } from '../../i18n/locales.ts';

/** What this element uses of Pagefind's browser API (pagefind.js, written by `pagefind`). */
interface Pagefind {
	options(options: { excerptLength?: number; noWorker?: boolean }): Promise<void>;
	init(): Promise<void>;
	/** Resolves to null when a newer search has started meanwhile. */
	debouncedSearch(query: string, options?: object, wait?: number): Promise<Search | null>;
}
interface Search {
	results: { data(): Promise<ResultData> }[];
}
interface ResultData {
	url: string;
	excerpt: string;
	meta: { title?: string; date?: string };
}

/** Results shown at once; a search with more says how many it found. */
const SHOWN = 20;

class SiteSearch extends HTMLElement {
	#pagefind: Promise<Pagefind> | undefined;
	#query = '';

	connectedCallback() {
		const form = this.querySelector('form');
		const box = this.querySelector<HTMLInputElement>('input[type="search"]');
		if (!form || !box) return;
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.#search(box.value);
		});
		box.addEventListener('focus', () => void this.#load().catch(() => undefined));
		box.addEventListener('input', () => void this.#search(box.value));
		// A query kept by the browser (back button) is searched again.
		if (box.value.trim()) void this.#search(box.value);
	}

	/** Pagefind, loaded once; a failed load is tried again on the next use. */
	#load(): Promise<Pagefind> {
		this.#pagefind ??= (async () => {
			const url = new URL(`${this.dataset.bundle ?? '/pagefind/'}pagefind.js`, location.href);
			const pagefind = (await import(/* @vite-ignore */ url.href)) as Pagefind;
			// On the page's thread, under its CSP ('wasm-unsafe-eval'), rather than in Pagefind's worker.
			await pagefind.options({ excerptLength: 24, noWorker: true });
			await pagefind.init();
			return pagefind;
		})();
		this.#pagefind.catch(() => (this.#pagefind = undefined));
		return this.#pagefind;
	}

	async #search(input: string) {
		const query = input.trim();
		this.#query = query;
		if (!query) {
			this.#show('', []);
			return;
		}
		this.#status(this.#message('searching'));
		try {
			const pagefind = await this.#load();
			const search = await pagefind.debouncedSearch(query, {}, 200);
			if (search === null || query !== this.#query) return;
			const results = await Promise.all(
				search.results.slice(0, SHOWN).map((result) => result.data()),
			);
			if (query !== this.#query) return;
			const count = search.results.length;
			this.#show(
				count === 0 ? this.#message('none').replace('{query}', query) : this.#found(count),
				results,
			);
		} catch {
			if (query === this.#query) this.#show(this.#message('failed'), []);
		}
	}

	#message(name: string): string {
		return (
			this.querySelector<HTMLTemplateElement>(`template[data-message="${name}"]`)?.content
				.textContent ?? ''
		);
	}

	#found(count: number): string {
		const lang = this.closest('[lang]')?.getAttribute('lang');
		const locale = isLocale(lang) ? lang : 'en';
		let forms: Record<string, string> = {};
		try {
			forms = JSON.parse(this.dataset.found ?? '{}');
		} catch {
			// The server wrote the attribute; only a broken page gets here.
		}
		const form = forms[new Intl.PluralRules(locale).select(count)] ?? forms.other ?? '{count}';
		return form.replace('{count}', count.toLocaleString(locale));
	}

	#status(text: string) {
		const status = this.querySelector('[data-status]');
		if (status) status.textContent = text;
	}

	#show(status: string, results: ResultData[]) {
		this.#status(status);
		const list = this.querySelector('[data-results]');
		list?.replaceChildren(...results.map((result) => resultItem(result)));
	}
}

function resultItem({ url, excerpt, meta }: ResultData): HTMLLIElement {
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.href = url;
	link.textContent = meta.title ?? url;
	item.append(link);
	if (meta.date) {
		const date = document.createElement('p');
		date.className = 'muted';
		date.textContent = meta.date;
		item.append(date);
	}
	const text = document.createElement('p');
	text.append(...marked(excerpt));
	item.append(text);
	return item;
}

/** Pagefind's excerpt as text nodes and <mark>s: nothing else of its markup reaches the page. */
function marked(excerpt: string): Node[] {
	const parsed = new DOMParser().parseFromString(excerpt, 'text/html');
	return [...parsed.body.childNodes].map((node) => {
		if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
		const mark = document.createElement('mark');
		mark.textContent = node.textContent;
		return mark;
	});
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
