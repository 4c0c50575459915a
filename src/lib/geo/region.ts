// Turns the build's region.topo.json (scripts/build-geo.ts) into typed GeoJSON for the map layers.
// Browser-safe: no Node APIs. Throws an Error naming the missing or malformed object.

import type { Feature, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { AreaId } from './control';
import type { DistrictCode } from './districts';

export type LineId = 'contact-1994' | 'line-2020' | 'lachin-road' | 'vardenis-road';
export const LINE_IDS: readonly LineId[] = ['contact-1994', 'line-2020', 'lachin-road', 'vardenis-road'];

type Area2D = Polygon | MultiPolygon;

export interface CountryProps {
	/** ISO 3166-1 alpha-3, e.g. 'ARM'. */
	id: string;
	name: string;
}
export interface DistrictProps {
	code: DistrictCode;
	name: string;
}
export interface AreaProps {
	id: AreaId;
	/** District holding (nearly) all of the area, or null (areas of the former NKAO spanning districts). */
	district: DistrictCode | null;
	/** Spherical area, km² (d3.geoArea × 6371.0088²), rounded: approximate, from generalised borders. */
	km2: number;
}
export interface NkaoProps {
	id: 'nkao';
	name: string;
	km2: number;
	precision: string;
}
export interface LineProps {
	id: LineId;
	name: string;
	/** e.g. "approximate, ±5–10 km": every line is hand-drawn; the map must say so. */
	precision: string;
}
export interface TownProps {
	id: string;
	name: string;
	country: 'AZ' | 'AM' | 'IR' | null;
	district: DistrictCode | null;
	approx: boolean;
}

export interface RegionGeo {
	countries: Feature<Area2D, CountryProps>[];
	districts: Feature<Area2D, DistrictProps>[];
	areas: Feature<Area2D, AreaProps>[];
	nkao: Feature<Area2D, NkaoProps>;
	lines: Feature<LineString | MultiLineString, LineProps>[];
	towns: Feature<Point, TownProps>[];
}

export const REGION_OBJECTS = ['countries', 'districts', 'areas', 'nkao', 'lines', 'towns'] as const;

function collection<P>(topo: Topology, name: string): Feature<never, P>[] {
	const obj = topo.objects[name] as GeometryObject | undefined;
	if (!obj) throw new Error(`region topology: missing object "${name}"`);
	if (obj.type !== 'GeometryCollection') throw new Error(`region topology: object "${name}" is not a GeometryCollection`);
	const fc = feature(topo, obj as GeometryCollection);
	for (const f of fc.features) {
		if (!f.properties) throw new Error(`region topology: a feature of "${name}" has no properties`);
	}
	return fc.features as unknown as Feature<never, P>[];
}

export function regionFromTopology(topo: Topology): RegionGeo {
	if (!topo || topo.type !== 'Topology' || !topo.objects) throw new Error('region topology: not a TopoJSON Topology');
	const nkaoObj = topo.objects.nkao as GeometryObject | undefined;
	if (!nkaoObj) throw new Error('region topology: missing object "nkao"');
	if (nkaoObj.type !== 'Polygon' && nkaoObj.type !== 'MultiPolygon')
		throw new Error('region topology: object "nkao" is not a Polygon or MultiPolygon');
	const lines = collection<LineProps>(topo, 'lines');
	for (const id of LINE_IDS)
		if (!lines.some((l) => l.properties.id === id)) throw new Error(`region topology: object "lines" has no line "${id}"`);
	return {
		countries: collection<CountryProps>(topo, 'countries'),
		districts: collection<DistrictProps>(topo, 'districts'),
		areas: collection<AreaProps>(topo, 'areas'),
		nkao: feature(topo, nkaoObj) as unknown as Feature<Area2D, NkaoProps>,
		lines,
		towns: collection<TownProps>(topo, 'towns')
	};
}

/** Each area's km², keyed by area id (input for `areasHeldBy` in ./control). */
export function areaKm2(region: Pick<RegionGeo, 'areas'>): Record<AreaId, number> {
	return Object.fromEntries(region.areas.map((a) => [a.properties.id, a.properties.km2])) as Record<AreaId, number>;
}
