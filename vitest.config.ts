/// <reference types="vitest/config" />
// Three test projects: unit (plain TypeScript), components (Astro Container API), and e2e
// (the built site in Chromium). Astro's Vite config lets the component tests compile .astro files.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		// Pin what the machine would otherwise decide.
		env: { TZ: 'UTC' },
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{ extends: true, test: { name: 'components', include: ['tests/components/**/*.test.ts'] } },
			{
				extends: true,
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					testTimeout: 120_000,
					// Copies of the project are built and removed in hooks; a busy machine is slow at both.
					hookTimeout: 180_000,
				},
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					testTimeout: 60_000,
					hookTimeout: 180_000,
					// A page's script answers in milliseconds on a quiet machine; on two busy CI
					// cores Chromium can take seconds (the picker's list of 400 zones once took over 1 s,
					// Vitest's default).
					expect: { poll: { timeout: 10_000 } },
					globalSetup: ['tests/e2e/global-setup.ts'],
					fileParallelism: false,
				},
			},
		],
	},
});
