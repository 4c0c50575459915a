// The map's scene, computed once from the geodata and the story: a view per step (frames resolved to
// the art's coordinates), label anchors, and the area facts the charts need. Runs on the server at
// build time; the client receives the result as plain data and never needs the geometry itself.
import { geoBounds, geoPath, type GeoProjection } from 'd3-geo';
import type { RegionGeo } from '../geo/region';
import { DISTRICTS, SEVEN_DISTRICTS } from '../geo/districts';
import { AREA_IDS, type AreaId } from '../geo/control';
import type { Story } from '../content/schema';
import type { AreaFacts } from '../chart/data';
import { FRAMES, type FrameName, type LonLatBox } from './vocabulary';
import { ART_WIDTH, artHeight, projectBox } from './projection';
import { viewForBox, type View } from './camera';

/** A label anchor in art coordinates. */
export interface SceneLabel {
	id: string;
	kind: 'town' | 'district';
	name: string;
	/** The alternate name shown beside it on first appearance ("Lachin / Berdzor"). */
	alt: string | null;
	x: number;
	y: number;
	/** Country of a town, for styling (towns in Armenia and Iran are set apart). */
	country: string | null;
}

export interface Scene {
	width: number;
	height: number;
	/** The camera's view for each step, by step id. */
	views: Record<string, View>;
	labels: SceneLabel[];
	facts: AreaFacts;
	/** The former NKAO's area from its polygon, km² (approximate). */
	nkaoKm2: number;
}

/** A district's lon/lat box, from its polygon. */
export function districtBox(region: RegionGeo, code: string): LonLatBox {
	const f = region.districts.find((d) => d.properties.code === code);
	if (!f) throw new Error(`scene: no district "${code}" in the geodata`);
	const [[w, s], [e, n]] = geoBounds(f);
	return [w, s, e, n];
}

export function frameBox(region: RegionGeo, frame: string): LonLatBox {
	return frame in FRAMES ? FRAMES[frame as FrameName] : districtBox(region, frame);
}

export function buildScene(region: RegionGeo, story: Story, projection: GeoProjection): Scene {
	const views: Record<string, View> = {};
	for (const step of story.steps) {
		const pad = step.map.frame in FRAMES ? 0.02 : 0.12;
		views[step.id] = viewForBox(projectBox(frameBox(region, step.map.frame), projection), pad);
	}

	const path = geoPath(projection);
	const labels: SceneLabel[] = [];
	for (const t of region.towns) {
		const [x, y] = projection(t.geometry.coordinates as [number, number])!;
		labels.push({
			id: t.properties.id,
			kind: 'town',
			name: t.properties.name,
			alt: t.properties.alt[0] ?? null,
			x,
			y,
			country: t.properties.country
		});
	}
	for (const code of SEVEN_DISTRICTS) {
		const f = region.districts.find((d) => d.properties.code === code);
		if (!f) throw new Error(`scene: no district "${code}" in the geodata`);
		const [x, y] = path.centroid(f);
		const d = DISTRICTS.find((r) => r.code === code)!;
		labels.push({ id: code, kind: 'district', name: d.name, alt: null, x, y, country: null });
	}

	const km2 = {} as Record<AreaId, number>;
	const district = {} as Record<AreaId, string | null>;
	for (const id of AREA_IDS) {
		const a = region.areas.find((f) => f.properties.id === id);
		if (!a) throw new Error(`scene: no area "${id}" in the geodata`);
		km2[id] = a.properties.km2;
		district[id] = a.properties.district;
	}

	return {
		width: ART_WIDTH,
		height: artHeight(projection),
		views,
		labels,
		facts: { km2, district },
		nkaoKm2: region.nkao.properties.km2
	};
}
