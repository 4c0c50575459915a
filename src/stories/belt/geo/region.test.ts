// Tests of the generated region.topo.json (run `npm run geo` first; `npm test` does) read through
// regionFromTopology: codes, positions, towns in their districts and areas, polygon validity and winding,
// shared borders, the hand-drawn lines, area sums, size budget, and the reader's errors.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { geoArea, geoCentroid, geoContains, geoInterpolate, geoLength } from 'd3-geo';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import polygonClipping, { type MultiPolygon as PcMulti } from 'polygon-clipping';
import { mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import { AREA_IDS, type AreaId } from '../domain/control';
import { DISTRICTS, SEVEN_DISTRICTS, type DistrictCode } from '../domain/districts';
import { PLACES } from '../domain/places';
import { LAYERS } from '../domain/vocabulary';
import { areaFacts, regionFromTopology, type RegionGeo } from '../../../lib/engine/geo/region';

const FILE = fileURLToPath(new URL('../generated/region.topo.json', import.meta.url));
const LINE_IDS = Object.entries(LAYERS)
	.filter(([, l]) => l.kind === 'line')
	.map(([id]) => id);
const areaKm2 = (r: Pick<RegionGeo, 'areas'>) => areaFacts(r).km2 as Record<AreaId, number>;
const R2 = 6371.0088 ** 2;
const REGION_BOX = [44, 38.3, 48.5, 41.2];

let text: string;
let topo: Topology;
let region: RegionGeo;

beforeAll(() => {
	if (!existsSync(FILE)) throw new Error(`${FILE} is missing: run \`npm run geo\` first`);
	text = readFileSync(FILE, 'utf8');
	topo = JSON.parse(text) as Topology;
	region = regionFromTopology(topo);
});

const km2 = (f: Feature | Polygon | MultiPolygon) => geoArea(f as Feature) * R2;
const dist = (code: DistrictCode) => {
	const f = region.districts.find((d) => d.properties.code === code);
	if (!f) throw new Error(`no district ${code}`);
	return f;
};
const area = (id: AreaId) => {
	const f = region.areas.find((a) => a.properties.id === id);
	if (!f) throw new Error(`no area ${id}`);
	return f;
};
const polygonsOf = (g: Polygon | MultiPolygon): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const asPc = (g: Polygon | MultiPolygon) => polygonsOf(g) as unknown as PcMulti;
/** Planar area in square degrees (polygon-clipping's space), orientation-free. */
const planar = (mp: PcMulti) =>
	mp.reduce(
		(s, poly) =>
			s +
			poly.reduce((t, ring, i) => {
				let a = 0;
				for (let k = 0, j = ring.length - 1; k < ring.length; j = k++) a += (ring[j][0] - ring[k][0]) * (ring[j][1] + ring[k][1]);
				return t + (i === 0 ? 1 : -1) * Math.abs(a / 2);
			}, 0),
		0
	);
/** Points every ~1 km along a line. */
function samples(g: LineString | MultiLineString): [number, number][] {
	const parts = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
	const out: [number, number][] = [];
	for (const part of parts)
		for (let i = 1; i < part.length; i++) {
			const a = part[i - 1] as [number, number];
			const b = part[i] as [number, number];
			const n = Math.max(2, Math.ceil(geoLength({ type: 'LineString', coordinates: [a, b] }) * 6371));
			const f = geoInterpolate(a, b);
			for (let k = 0; k <= n; k++) out.push(f(k / n));
		}
	return out;
}

describe('region.topo.json: objects and codes', () => {
	it('has the six objects', () => {
		expect(Object.keys(topo.objects).sort()).toEqual(['areas', 'countries', 'districts', 'lines', 'outline', 'towns']);
	});
	it('has every ISO code of the district table exactly once', () => {
		const codes = region.districts.map((d) => d.properties.code);
		expect([...codes].sort()).toEqual(DISTRICTS.map((d) => d.code).sort());
		for (const d of DISTRICTS) {
			expect(
				codes.filter((c) => c === d.code),
				d.code
			).toHaveLength(1);
			expect(dist(d.code).properties.name).toBe(d.name);
		}
	});
	it('has the locator countries by ISO alpha-3', () => {
		const ids = region.countries.map((c) => c.properties.id);
		for (const id of ['ARM', 'AZE', 'GEO', 'IRN', 'TUR', 'RUS']) expect(ids).toContain(id);
	});
	it('has every area of control.ts exactly once, with km² and a known district or null', () => {
		expect(region.areas.map((a) => a.properties.id)).toEqual([...AREA_IDS]);
		for (const a of region.areas) {
			expect(a.properties.km2, a.properties.id).toBeGreaterThan(10);
			expect(Number.isInteger(a.properties.km2)).toBe(true);
			if (a.properties.district !== null) expect(DISTRICTS.map((d) => d.code)).toContain(a.properties.district);
		}
	});
	it('has the four lines and the FACTS.md towns', () => {
		expect(region.lines.map((l) => l.properties.id)).toEqual([...LINE_IDS]);
		for (const l of region.lines) expect(l.properties.precision).toMatch(/approximate/);
		expect(region.towns.map((t) => t.properties.id)).toEqual(PLACES.map((p) => p.id));
	});
});

describe('region.topo.json: positions', () => {
	const centroids: { name: string; args: [DistrictCode]; expected: [number, number] }[] = [
		{ name: 'Lachin (source: "Lankaran", AZ.SU)', args: ['AZ-LAC'], expected: [46.33, 39.72] },
		{ name: 'Shusha (source: AZ.SU too)', args: ['AZ-SUS'], expected: [46.68, 39.7] },
		{ name: 'Khojaly (source: AZ.XC)', args: ['AZ-XCI'], expected: [46.7, 39.86] },
		{ name: 'Stepanakert (source: AZ.XC too)', args: ['AZ-XA'], expected: [46.77, 39.83] },
		{ name: 'Kalbajar', args: ['AZ-KAL'], expected: [46.19, 40.07] },
		{ name: 'Zangilan', args: ['AZ-ZAN'], expected: [46.61, 39.08] }
	];
	it.each(centroids)('$name has its centroid within 0.1° of $expected', ({ args, expected }) => {
		const [lon, lat] = geoCentroid(dist(args[0]));
		expect(Math.abs(lon - expected[0])).toBeLessThan(0.1);
		expect(Math.abs(lat - expected[1])).toBeLessThan(0.1);
	});

	const towns = PLACES.filter((p) => p.unit !== null);
	it.each(towns.map((p) => ({ name: p.name, args: [p.lon, p.lat] as [number, number], expected: p.unit as DistrictCode })))(
		'$name lies inside its own district $expected and no other',
		({ args, expected }) => {
			const inside = region.districts.filter((d) => geoContains(d, args)).map((d) => d.properties.code);
			expect(inside).toEqual([expected]);
		}
	);

	// Which control area each town falls in: checks the hand-drawn lines against FACTS.md "Lines".
	const townAreas: { name: string; args: [string]; expected: AreaId }[] = [
		{ name: 'Stepanakert held by Armenian forces throughout', args: ['stepanakert'], expected: 'nkao-core' },
		{ name: 'Shusha taken 8 Nov 2020', args: ['shusha'], expected: 'shusha' },
		{ name: 'Lachin town on the Armenian side of the 2020 line', args: ['lachin'], expected: 'lachin-north' },
		{ name: 'Agdam town on the occupied side of the 1994 line', args: ['agdam'], expected: 'agdam-west' },
		{ name: 'Fuzuli town on the occupied side', args: ['fuzuli'], expected: 'fuzuli-west' },
		{ name: 'Horadiz on the Azerbaijani side', args: ['horadiz'], expected: 'fuzuli-east' },
		{ name: 'Hadrut in the south of the NKAO', args: ['hadrut'], expected: 'nkao-south' },
		{ name: 'Martuni held by Armenian forces in 2020', args: ['martuni'], expected: 'nkao-core' },
		{ name: 'Martakert held by Armenian forces in 2020', args: ['martakert'], expected: 'nkao-core' },
		{ name: 'Jabrayil', args: ['jabrayil'], expected: 'jabrayil' },
		{ name: 'Qubadli', args: ['qubadli'], expected: 'qubadli' },
		{ name: 'Zangilan', args: ['zangilan'], expected: 'zangilan' },
		{ name: 'Kalbajar', args: ['kalbajar'], expected: 'kalbajar' },
		{ name: 'Dadivank', args: ['dadivank'], expected: 'kalbajar' }
	];
	it.each(townAreas)('$name ($args.0 → $expected)', ({ args, expected }) => {
		const p = PLACES.find((x) => x.id === args[0])!;
		const inside = region.areas.filter((a) => geoContains(a, [p.lon, p.lat])).map((a) => a.properties.id);
		expect(inside).toEqual([expected]);
	});
	it('keeps the places of Armenia out of every district and area', () => {
		for (const p of PLACES.filter((x) => x.country === 'AM' && !x.approx)) {
			expect(
				region.districts.filter((d) => geoContains(d, [p.lon, p.lat])),
				p.id
			).toHaveLength(0);
			expect(
				region.areas.filter((a) => geoContains(a, [p.lon, p.lat])),
				p.id
			).toHaveLength(0);
		}
	});
});

describe('region.topo.json: polygon validity', () => {
	const shapes = () => [
		...region.districts.map((f) => ({ name: f.properties.code, f })),
		...region.areas.map((f) => ({ name: f.properties.id, f })),
		{ name: 'nkao', f: region.outline }
	];
	it('winds every polygon for d3-geo (area far below a hemisphere)', () => {
		for (const { name, f } of [...shapes(), ...region.countries.map((f) => ({ name: f.properties.id, f }))]) {
			expect(geoArea(f), name).toBeLessThan(0.1); // an inverted polygon is ≈ 4π
			expect(geoArea(f), name).toBeGreaterThan(0);
		}
	});
	it('has no self-intersections: the union of a polygon with itself keeps its area', () => {
		for (const { name, f } of shapes()) {
			const g = asPc(f.geometry);
			const a = planar(g);
			const u = planar(polygonClipping.union(g, g));
			expect(Math.abs(u - a) / a, name).toBeLessThan(1e-9);
		}
	});
	it('tiles without overlaps: districts and areas sum to their unions', () => {
		for (const set of [region.districts, region.areas]) {
			const parts = set.map((f) => asPc(f.geometry));
			const sum = parts.reduce((s, p) => s + planar(p), 0);
			const u = planar(polygonClipping.union(parts[0], ...parts.slice(1)));
			expect(Math.abs(sum - u) / u).toBeLessThan(1e-6);
		}
	});
	it('shares borders: each outer mesh is as long as the outline of the union (no gaps, no doubled borders)', () => {
		for (const name of ['districts', 'areas'] as const) {
			const obj = topo.objects[name] as GeometryCollection;
			const outer = geoLength(mesh(topo, obj, (a, b) => a === b));
			const parts = (name === 'districts' ? region.districts : region.areas).map((f) => asPc(f.geometry));
			const u = polygonClipping.union(parts[0], ...parts.slice(1));
			const outline = geoLength({ type: 'MultiLineString', coordinates: u.flat() });
			expect(Math.abs(outer - outline) / outline, name).toBeLessThan(1e-3);
		}
	});
	it('makes the areas follow district borders: every area lies in the seven districts + NKAO', () => {
		const domain = [...SEVEN_DISTRICTS.map((c) => asPc(dist(c).geometry)), asPc(region.outline.geometry)];
		const d = polygonClipping.union(domain[0], ...domain.slice(1));
		const areas = region.areas.map((f) => asPc(f.geometry));
		const a = polygonClipping.union(areas[0], ...areas.slice(1));
		expect(planar(polygonClipping.xor(a, d)) / planar(d)).toBeLessThan(1e-6);
	});
});

describe('region.topo.json: hand-drawn layers', () => {
	it('keeps every line inside the region box', () => {
		for (const l of region.lines) {
			for (const [x, y] of samples(l.geometry)) {
				expect(x, l.properties.id).toBeGreaterThanOrEqual(REGION_BOX[0]);
				expect(x, l.properties.id).toBeLessThanOrEqual(REGION_BOX[2]);
				expect(y, l.properties.id).toBeGreaterThanOrEqual(REGION_BOX[1]);
				expect(y, l.properties.id).toBeLessThanOrEqual(REGION_BOX[3]);
			}
		}
	});
	const crossings: { name: string; args: [string, DistrictCode]; expected: boolean }[] = [
		{ name: 'the 1994 line crosses Agdam district', args: ['contact-1994', 'AZ-AGM'], expected: true },
		{ name: 'the 1994 line crosses Fuzuli district', args: ['contact-1994', 'AZ-FUZ'], expected: true },
		{ name: 'the 1994 line passes east of Jabrayil district', args: ['contact-1994', 'AZ-CAB'], expected: false },
		{ name: 'the 2020 line crosses Lachin district', args: ['line-2020', 'AZ-LAC'], expected: true },
		{ name: 'the 2020 line crosses Shusha district', args: ['line-2020', 'AZ-SUS'], expected: true },
		{ name: 'the Lachin road runs through Lachin district', args: ['lachin-road', 'AZ-LAC'], expected: true },
		{ name: 'the Vardenis road runs through Kalbajar district', args: ['vardenis-road', 'AZ-KAL'], expected: true }
	];
	it.each(crossings)('$name', ({ args, expected }) => {
		const line = region.lines.find((l) => l.properties.id === args[0])!;
		const d = dist(args[1]);
		expect(samples(line.geometry).some((p) => geoContains(d, p))).toBe(expected);
	});
	it('draws the former NKAO at about 4,400 km² (±10%)', () => {
		expect(Math.abs(km2(region.outline) - 4400) / 4400).toBeLessThan(0.1);
		expect(Math.abs(region.outline.properties.km2 - km2(region.outline))).toBeLessThan(5);
	});
});

describe('region.topo.json: areas', () => {
	const splits: { name: string; args: AreaId[]; expected: DistrictCode }[] = [
		{ name: 'Lachin north + south', args: ['lachin-north', 'lachin-south'], expected: 'AZ-LAC' },
		{ name: 'Agdam west + east', args: ['agdam-west', 'agdam-east'], expected: 'AZ-AGM' },
		{ name: 'Fuzuli west + east', args: ['fuzuli-west', 'fuzuli-east'], expected: 'AZ-FUZ' },
		{ name: 'Qubadli (whole)', args: ['qubadli'], expected: 'AZ-QBI' },
		{ name: 'Zangilan (whole)', args: ['zangilan'], expected: 'AZ-ZAN' },
		{ name: 'Jabrayil (whole)', args: ['jabrayil'], expected: 'AZ-CAB' }
	];
	it.each(splits)('$name add up to the district within 1%', ({ args, expected }) => {
		const sum = args.reduce((s, id) => s + km2(area(id)), 0);
		const whole = km2(dist(expected));
		expect(Math.abs(sum - whole) / whole).toBeLessThan(0.01);
		for (const id of args) expect(area(id).properties.district).toBe(expected);
	});
	it('the NKAO areas add up to the NKAO within 1%', () => {
		const ids: AreaId[] = ['nkao-core', 'nkao-east', 'nkao-south', 'shusha', 'talish'];
		const sum = ids.reduce((s, id) => s + km2(area(id)), 0);
		expect(Math.abs(sum - km2(region.outline)) / km2(region.outline)).toBeLessThan(0.01);
	});
	it('stores km² = d3.geoArea × 6371.0088², rounded', () => {
		for (const a of region.areas) expect(Math.abs(a.properties.km2 - km2(a)), a.properties.id).toBeLessThanOrEqual(1);
		const byId = areaKm2(region);
		expect(Object.keys(byId).sort()).toEqual([...AREA_IDS].sort());
	});
});

describe('region.topo.json: size', () => {
	it('stays under 150 KB raw', () => {
		const raw = Buffer.byteLength(text);
		expect(raw).toBeLessThan(150 * 1024);
		expect(gzipSync(text).length).toBeLessThan(raw);
	});
});

describe('regionFromTopology errors', () => {
	const without = (name: string) => {
		const t = JSON.parse(text) as Topology;
		delete t.objects[name];
		return t;
	};
	it.each(['countries', 'districts', 'areas', 'outline', 'lines', 'towns'])('names a missing "%s"', (name) => {
		expect(() => regionFromTopology(without(name))).toThrow(`missing object "${name}"`);
	});
	it('rejects something that is not a topology', () => {
		expect(() => regionFromTopology({} as Topology)).toThrow(/not a TopoJSON Topology/);
	});
});
