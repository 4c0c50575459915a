// `npm run test:folder` (part of `npm test`): "the next story is a new folder". A copy of a story folder
// under a new name, and nothing else changed, must build into a story served at /<new-slug>/ with all its
// steps, its map, its chart, its step pages and cards and its embeds. Runs alone (not beside the unit
// tests, which read src/stories), builds into a temporary folder and removes the copy whatever happens.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SOURCE = 'lachin-corridor';
const COPY = 'copied-story-check';
const folder = join('src/stories', COPY);
const out = mkdtempSync(join(tmpdir(), 'story-copy-'));

const faults = [];
const check = (ok, what) => ok || faults.push(what);
try {
	cpSync(join('src/stories', SOURCE), folder, { recursive: true });
	execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], { env: { ...process.env, BUILD_DIR: out }, stdio: 'pipe' });
	const html = readFileSync(join(out, COPY, 'index.html'), 'utf8');
	const ids = readdirSync(join(out, SOURCE, 'step'));
	check(ids.length > 5, `the source story has ${ids.length} step pages`);
	for (const id of ids) {
		check(html.includes(`data-step-id="${id}"`), `/${COPY}/ has no step "${id}"`);
		for (const file of ['index.html', 'card.png', 'map.svg'])
			check(existsSync(join(out, COPY, 'step', id, file)), `no /${COPY}/step/${id}/${file}`);
	}
	check(/<g[^>]*data-map-art[^>]*><!--art-->/.test(html), `/${COPY}/ has no map art`);
	check(html.includes('data-chart'), `/${COPY}/ has no chart`);
	for (const page of ['embed', 'embed/scroll', 'embed/help'])
		check(existsSync(join(out, COPY, page, 'index.html')), `no /${COPY}/${page}/`);
} finally {
	rmSync(folder, { recursive: true, force: true });
	rmSync(out, { recursive: true, force: true });
}
if (faults.length) {
	console.error(`test:folder: a copy of src/stories/${SOURCE} as ${COPY} does not build into a story:\n  ${faults.join('\n  ')}`);
	process.exit(1);
}
console.log(
	`test:folder: a copy of src/stories/${SOURCE} as src/stories/${COPY} builds and is served at /${COPY}/ with every step, card, map and embed`
);
