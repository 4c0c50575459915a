// The map's one projection: Mercator fitted once to the whole region in a fixed coordinate space
// (ART_WIDTH wide). Paths are projected once, at build time; the camera only moves the SVG viewBox.
import { geoMercator, type GeoProjection } from 'd3-geo';
import type { Feature, Polygon } from 'geojson';
import type { LonLatBox } from '../domain';

export const ART_WIDTH = 1000;

/** A box in projected units: [x0, y0, x1, y1]. */
export type PxBox = readonly [number, number, number, number];

/** A lon/lat box as a polygon, with enough points per side to follow the projection's curves. */
export function boxPolygon([w, s, e, n]: LonLatBox): Feature<Polygon> {
	const steps = 8;
	const ring: [number, number][] = [];
	for (let i = 0; i <= steps; i++) ring.push([w + ((e - w) * i) / steps, s]);
	for (let i = 1; i <= steps; i++) ring.push([e, s + ((n - s) * i) / steps]);
	for (let i = 1; i <= steps; i++) ring.push([e - ((e - w) * i) / steps, n]);
	for (let i = 1; i <= steps; i++) ring.push([w, n - ((n - s) * i) / steps]);
	// d3-geo wants clockwise exterior rings; this ring runs counter-clockwise in lon/lat, so reverse it
	return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring.reverse()] } };
}

/** The map projection, fitted to the story's region across ART_WIDTH units. */
export function createProjection(region: LonLatBox): GeoProjection {
	return geoMercator().fitWidth(ART_WIDTH, boxPolygon(region));
}

/** The locator map's width in its own units (px). */
export const LOCATOR_WIDTH = 132;

/** The locator's projection: Mercator fitted to the story's locator box across LOCATOR_WIDTH. */
export function createLocatorProjection(box: LonLatBox): GeoProjection {
	return geoMercator().fitWidth(LOCATOR_WIDTH, boxPolygon(box));
}

/** The art's height in projected units. */
export function artHeight(projection: GeoProjection, region: LonLatBox): number {
	return Math.round(projectBox(region, projection)[3]);
}

/** Projects a lon/lat box to a projected box (Mercator keeps boxes as boxes). */
export function projectBox([w, s, e, n]: LonLatBox, projection: GeoProjection): PxBox {
	const [x0, y1] = projection([w, s])!;
	const [x1, y0] = projection([e, n])!;
	return [x0, y0, x1, y1];
}
