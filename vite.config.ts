// Vite + Vitest configuration. Unit tests live beside the code they test (src/**/*.test.ts, scripts/**/*.test.ts).
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		rolldownOptions: { checks: { pluginTimings: false } }
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// some tests run the build scripts as commands; a busy 2-core CI machine must not time them out
		testTimeout: 60_000
	}
});
