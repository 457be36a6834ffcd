// Reads a page the way a person sees it: rendered text only (innerText, so hidden parts and CSS
// count), with whitespace collapsed as the eye collapses it.

import type { Locator, Page } from 'playwright-core';

export function collapse(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/**
 * The visible text of the one element the locator finds. When there is not exactly one visible
 * element it returns a description instead, so a failed assertion says what went wrong.
 */
export async function seen(locator: Locator): Promise<string> {
	const count = await locator.count();
	if (count !== 1) return `(${count} elements found by ${String(locator)})`;
	if (!(await locator.isVisible())) return `(hidden: ${String(locator)})`;
	return collapse(await locator.innerText());
}

/** The visible texts of every element the locator finds, in document order. */
export async function seenAll(locator: Locator): Promise<string[]> {
	const texts: string[] = [];
	for (const item of await locator.all()) {
		if (await item.isVisible()) texts.push(collapse(await item.innerText()));
	}
	return texts;
}

/** The description (`<dd>`) that follows a term (`<dt>`) whose own text is exactly `term`. */
export function definitionOf(scope: Page | Locator, term: string): Locator {
	return scope
		.getByRole('term')
		.filter({ hasText: new RegExp(`^\\s*${escapeRegExp(term)}\\s*$`) })
		.locator('xpath=following-sibling::dd[1]');
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
