// SvelteKit configuration: a fully prerendered static site (adapter-static) that can live under a sub-path.
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
/** Where the site is written: `build/`, or BUILD_DIR (the tests' sub-path build). */
const outDir = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// no version stamp (window.__svelte) in every page's first chunk
	compilerOptions: { runes: true, discloseVersion: false },
	kit: {
		adapter: adapter({ pages: outDir, assets: outDir, fallback: undefined, strict: true }),
		paths: { base, relative: true },
		// the little CSS there is goes inline: one round trip less before the first paint
		inlineStyleThreshold: 12_000,
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			entries: ['*'],
			// the bench's comparison pages are built only by `npm run bench` (BENCH=1)
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.some((r) => !r.startsWith('/bench/'))) throw new Error(message);
			}
		},
		alias: {
			$engine: 'src/lib/engine',
			$stories: 'src/stories'
		}
	}
};

export default config;
