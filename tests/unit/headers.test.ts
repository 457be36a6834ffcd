// public/_headers: the rules static hosts apply, read the way they read them.

import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

/** Path pattern → header name (lower case) → value, from the `_headers` format. */
function parseHeaders(text: string): Map<string, Map<string, string>> {
	const rules = new Map<string, Map<string, string>>();
	let current: Map<string, string> | undefined;
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			current = new Map();
			rules.set(line.trim(), current);
			continue;
		}
		const colon = line.indexOf(':');
		if (!current || colon < 0) throw new Error(`public/_headers: a header outside a rule: ${line}`);
		current.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
	}
	return rules;
}

const rules = parseHeaders(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'));

describe('public/_headers', () => {
	it('forbids framing on every page without overriding the pages’ own script policy', () => {
		const policy = rules.get('/*')?.get('content-security-policy') ?? '';
		expect(policy).toContain("frame-ancestors 'none'");
		// A default-src or script-src here would also apply to scripts and block the hashed ones.
		expect(policy).not.toMatch(/(^|;\s*)(default-src|script-src)/);
		expect(rules.get('/*')?.get('x-content-type-options')).toBe('nosniff');
	});

	it('lets browsers keep hashed assets for a year', () => {
		expect(rules.get('/_astro/*')?.get('cache-control')).toBe(
			'public, max-age=31536000, immutable',
		);
	});

	it('serves calendar files as text/calendar', () => {
		expect(rules.get('/*.ics')?.get('content-type')).toBe('text/calendar; charset=utf-8');
	});
});
