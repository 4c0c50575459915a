// Builds the site twice (at the root, and under a sub-path as news sites host graphics) and serves
// what the end-to-end tests need, each on its own origin (port):
//   4173  the story, built at the root (the port Playwright waits for, opened last)
//   4176  the story built with BASE_PATH=/graphics/story, served under that path
//   4175  tests/fixtures: host pages of "another site" that embed the story
import { execSync } from 'node:child_process';
import { serve } from './serve-static.mjs';

const PORT = Number(process.env.PORT ?? 4173);
const SUBPATH = '/graphics/story';

if (!process.env.SKIP_BUILD) {
	execSync('npm run build', { stdio: 'inherit' });
	execSync('npx vite build', {
		stdio: 'inherit',
		env: { ...process.env, BASE_PATH: SUBPATH, BUILD_DIR: 'build-subpath', SITE_URL: 'http://localhost:4176' }
	});
}
await serve({ dir: 'build-subpath', port: 4176, base: SUBPATH });
await serve({ dir: 'tests/fixtures', port: 4175 });
await serve({ dir: 'build', port: PORT });
console.log(`test servers: http://localhost:${PORT}/, http://localhost:4176${SUBPATH}/, http://localhost:4175/`);
