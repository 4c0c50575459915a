// Vite + Vitest configuration. Unit tests live beside the code they test (src/**/*.test.ts, scripts/**/*.test.ts).
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';

/**
 * The bench's comparison pages (src/routes/bench/) are built only by `npm run bench` (BENCH=1). In any
 * other build their components are empty: no page of the site carries their code, and the modules they
 * share with the story are not cut into chunks of their own for them.
 */
function benchPagesOnlyInBenchBuilds(): Plugin {
	const BENCH_COMPONENT = /[\\/]src[\\/]routes[\\/]bench[\\/].*\.svelte$/;
	return {
		name: 'bench-pages-only-in-bench-builds',
		enforce: 'pre',
		load(id) {
			if (process.env.BENCH !== '1' && BENCH_COMPONENT.test(id)) return '<!-- built only by npm run bench (BENCH=1) -->';
		}
	};
}

export default defineConfig({
	plugins: [benchPagesOnlyInBenchBuilds(), sveltekit()],
	build: {
		rolldownOptions: {
			checks: { pluginTimings: false },
			output: {
				// Fewer, larger chunks where every page that loads one loads the other: each file is compressed
				// on its own, so one file of the framework (Svelte's runtime and SvelteKit's client, on every
				// page) and one of what every chart drawing shares cost less than their parts (first-view JS,
				// docs/PERFORMANCE.md). The drawings themselves stay a chunk each, loaded by step.
				codeSplitting: {
					groups: [
						{ name: 'framework', test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|clsx|esm-env)[\\/]/ },
						{ name: 'chart-common', test: /chart[\\/](data|primitives[\\/][a-z-]+)\.ts|content[\\/]dates\.ts|text[\\/]widths\.ts|d3-array/ }
					]
				}
			}
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// some tests run the build scripts as commands; a busy 2-core CI machine must not time them out
		testTimeout: 60_000
	}
});
