// Lint rules: JavaScript and TypeScript recommendations, plus the Astro plugin for .astro files.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
					paths: [{ name: 'luxon', message: 'Browser code uses Intl (src/lib/time), not Luxon.' }],
					patterns: [
						{ group: ['node:*'], message: 'Browser code cannot use Node modules.' },
						{ group: ['astro:*', 'astro', 'astro/*'], message: 'Browser code cannot use Astro.' },
						{
							group: [
								'**/lib/format/**',
								'**/lib/content/**',
								'**/lib/calendar/**',
								'**/lib/seo/**',
								'**/lib/share-image/**',
								'**/lib/import/**',
								'**/data/**',
								'**/schemas/**',
							],
							message:
								'Browser code may import only src/lib/time and src/i18n/{locales,negotiate,paths}.',
						},
					],
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
