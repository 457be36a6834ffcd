// Component markup as a reader's tests compare it: without the classes Astro adds to scope a
// component's styles (scopedStyleStrategy 'class' in astro.config.mjs: `astro-` and 8 characters).

/** The markup with every `astro-xxxxxxxx` scope class removed, and a class attribute it emptied. */
export function withoutScopeClasses(html: string): string {
	return html.replace(/ class="([^"]*)"/g, (_, value: string) => {
		const kept = value
			.split(' ')
			.filter((name) => name && !/^astro-[a-z0-9]{8}$/.test(name))
			.join(' ');
		return kept ? ` class="${kept}"` : '';
	});
}
