// Turns a story's region.topo.json (its geodata recipe, run by scripts/build-geo.ts) into typed GeoJSON
// for the map: countries, the named districts, the control areas, the outline (a historic boundary the
// story draws), hand-drawn lines and towns. Browser-safe: no Node APIs. Throws an Error naming the
// missing or malformed object.

import type { Feature, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

type Area2D = Polygon | MultiPolygon;

export interface CountryProps {
	/** ISO 3166-1 alpha-3, e.g. 'ARM'. */
	id: string;
	name: string;
}
export interface DistrictProps {
	code: string;
	name: string;
}
export interface AreaProps {
	id: string;
	/** District holding (nearly) all of the area, or null (areas of the outline spanning districts). */
	district: string | null;
	/** Spherical area, km² (d3.geoArea × 6371.0088²), rounded: approximate, from generalised borders. */
	km2: number;
}
export interface OutlineProps {
	id: string;
	name: string;
	km2: number;
	precision: string;
}
export interface LineProps {
	id: string;
	name: string;
	/** e.g. "approximate, ±5–10 km": every line is hand-drawn; the map must say so. */
	precision: string;
}
export interface TownProps {
	id: string;
	name: string;
	country: string | null;
	district: string | null;
	approx: boolean;
}

export interface RegionGeo {
	countries: Feature<Area2D, CountryProps>[];
	districts: Feature<Area2D, DistrictProps>[];
	areas: Feature<Area2D, AreaProps>[];
	outline: Feature<Area2D, OutlineProps>;
	lines: Feature<LineString | MultiLineString, LineProps>[];
	towns: Feature<Point, TownProps>[];
}

export const REGION_OBJECTS = ['countries', 'districts', 'areas', 'outline', 'lines', 'towns'] as const;

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
	const outlineObj = topo.objects.outline as GeometryObject | undefined;
	if (!outlineObj) throw new Error('region topology: missing object "outline"');
	if (outlineObj.type !== 'Polygon' && outlineObj.type !== 'MultiPolygon')
		throw new Error('region topology: object "outline" is not a Polygon or MultiPolygon');
	return {
		countries: collection<CountryProps>(topo, 'countries'),
		districts: collection<DistrictProps>(topo, 'districts'),
		areas: collection<AreaProps>(topo, 'areas'),
		outline: feature(topo, outlineObj) as unknown as Feature<Area2D, OutlineProps>,
		lines: collection<LineProps>(topo, 'lines'),
		towns: collection<TownProps>(topo, 'towns')
	};
}

/** Each area's km² and district, keyed by area id: the facts the charts and descriptions compute from. */
export function areaFacts(region: Pick<RegionGeo, 'areas'>): { km2: Record<string, number>; district: Record<string, string | null> } {
	return {
		km2: Object.fromEntries(region.areas.map((a) => [a.properties.id, a.properties.km2])),
		district: Object.fromEntries(region.areas.map((a) => [a.properties.id, a.properties.district]))
	};
}
