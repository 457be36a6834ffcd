// Lint rules: JavaScript and TypeScript recommendations, plus the Astro plugin for .astro files.
import { builtinModules } from 'node:module';

import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Relative paths into build-time code: src/lib/{format,content,…}, src/data, src/schemas. */
const buildTimeCode = String.raw`^(\.\.?/)+((src/)?lib/)?(format|content|calendar|seo|share-image|import)/|^(\.\.?/)+(src/)?(data|schemas)/`;

/**
 * What browser code may not load with import() either: Luxon, Node, Astro, build-time code. A
 * regular expression for esquery, which ends one at any "/", so slashes are written \x2F.
 */
const forbiddenImports = [
	String.raw`^(luxon|astro)($|:|/)`,
	'^node:',
	`^(${builtinModules.join('|')})$`,
	buildTimeCode,
]
	.join('|')
	.replaceAll('/', String.raw`\x2F`);

export default defineConfig(
	{ ignores: ['dist/', '.astro/', 'node_modules/', '.tmp/', 'docs/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
		},
	},
	{
		// Code the browser loads: custom elements and what they import. Luxon, Node's modules and
		// build-time code would either break there or cost the visitor kilobytes; Intl does the work.
		files: [
			'src/components/**/*.ts',
			'src/lib/time/**/*.ts',
			'src/i18n/locales.ts',
			'src/i18n/negotiate.ts',
			'src/i18n/paths.ts',
		],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{ name: 'luxon', message: 'Browser code uses Intl (src/lib/time), not Luxon.' },
						// Node's modules by their bare names too: `fs` is `node:fs`.
						...builtinModules.map((name) => ({
							name,
							message: 'Browser code cannot use Node modules.',
						})),
					],
					patterns: [
						{ group: ['node:*'], message: 'Browser code cannot use Node modules.' },
						{ group: ['astro:*', 'astro', 'astro/*'], message: 'Browser code cannot use Astro.' },
						{
							regex: buildTimeCode,
							message:
								'Browser code may import only src/lib/time and src/i18n/{locales,negotiate,paths}.',
						},
					],
				},
			],
			// The same for code loaded on demand with import(), which the rule above does not see.
			'no-restricted-syntax': [
				'error',
				{
					selector: `ImportExpression > Literal[value=/${forbiddenImports}/]`,
					message:
						'Browser code may import() only src/lib/time and src/i18n, never Luxon, Node or Astro.',
				},
			],
		},
	},
	{
		// Tests build broken variants of content on purpose.
		files: ['tests/**/*.ts'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' },
	},
);
