// <language-choice>: puts the language the browser prefers first and marks it.

import type { Locale } from '../../i18n/locales.ts';
import { preferredLocale } from '../../i18n/negotiate.ts';

class LanguageChoice extends HTMLElement {
	connectedCallback() {
		const listed = [...this.querySelectorAll<HTMLElement>('li[data-locale]')].map(
			(item) => item.dataset.locale as Locale,
		);
		const locale = preferredLocale(navigator.languages, listed);
		const item = locale && this.querySelector<HTMLElement>(`li[data-locale="${locale}"]`);
		if (!item) return;
		item.dataset.preferred = '';
		item.parentElement?.prepend(item);
		const badge = item.querySelector<HTMLElement>('.preferred');
		if (badge) badge.hidden = false;
	}
}

if (!customElements.get('language-choice'))
	customElements.define('language-choice', LanguageChoice);
