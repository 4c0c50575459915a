// Small geometry helpers for the geodata build: conversions between GeoJSON and polygon-clipping's
// MultiPolygon, ring winding for d3-geo, areas in km², and rounding for a byte-stable output.

import type { MultiPolygon as PcMulti, Polygon as PcPolygon, Ring as PcRing, Pair } from 'polygon-clipping';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { geoArea, geoCentroid } from 'd3-geo';

/** Mean Earth radius (IUGG), km: km² = steradians × R². */
export const EARTH_RADIUS_KM = 6371.0088;

export type { PcMulti };

/** A Polygon or MultiPolygon geometry as polygon-clipping's MultiPolygon (other types → []). */
export function toMulti(g: Geometry | null | undefined): PcMulti {
	if (!g) return [];
	if (g.type === 'Polygon') return [g.coordinates.map(ringToPairs)];
	if (g.type === 'MultiPolygon') return g.coordinates.map((p) => p.map(ringToPairs));
	return [];
}

function ringToPairs(r: Position[]): PcRing {
	return r.map((p) => [p[0], p[1]] as Pair);
}

/** Twice the signed planar area of a ring in lon/lat (positive = counter-clockwise). */
export function signedArea2(ring: readonly (readonly number[])[]): number {
	let s = 0;
	for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
		s += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
	}
	return s;
}

/**
 * Orients rings the way d3-geo wants them (exterior clockwise, holes counter-clockwise, as seen on a
 * north-up map). polygon-clipping returns the opposite (RFC 7946) order; d3 would read that as the whole
 * sphere minus the polygon.
 */
export function rewindForD3(mp: PcMulti): PcMulti {
	return mp.map((poly) =>
		poly.map((ring, i) => {
			const ccw = signedArea2(ring) > 0;
			const wantCcw = i > 0;
			return ccw === wantCcw ? ring : ring.slice().reverse();
		})
	);
}

/** A GeoJSON geometry for a polygon-clipping result, d3-wound: Polygon if one part, else MultiPolygon. */
export function toGeometry(mp: PcMulti): Polygon | MultiPolygon {
	const w = rewindForD3(mp);
	return w.length === 1 ? { type: 'Polygon', coordinates: w[0] } : { type: 'MultiPolygon', coordinates: w };
}

export function areaKm2(g: Geometry | Feature): number {
	return geoArea(g as Feature) * EARTH_RADIUS_KM * EARTH_RADIUS_KM;
}

/** Area of a polygon-clipping MultiPolygon, km² (d3-wound first). */
export function multiAreaKm2(mp: PcMulti): number {
	return mp.length === 0 ? 0 : areaKm2(toGeometry(mp));
}

export function centroidOf(mp: PcMulti): [number, number] {
	return geoCentroid(toGeometry(mp) as Geometry as never);
}

/** Drops polygons smaller than minKm2 (slivers left by clipping generalised borders with hand-drawn ones). */
export function dropSlivers(mp: PcMulti, minKm2: number): PcMulti {
	return mp.filter((poly) => multiAreaKm2([poly]) >= minKm2);
}

/** The planar bounding box [[x0, y0], [x1, y1]] of a MultiPolygon. */
export function bboxOf(mp: PcMulti): [[number, number], [number, number]] {
	let x0 = Infinity,
		y0 = Infinity,
		x1 = -Infinity,
		y1 = -Infinity;
	for (const poly of mp)
		for (const ring of poly)
			for (const [x, y] of ring) {
				if (x < x0) x0 = x;
				if (x > x1) x1 = x;
				if (y < y0) y0 = y;
				if (y > y1) y1 = y;
			}
	return [
		[x0, y0],
		[x1, y1]
	];
}

/** A lon/lat box as a polygon-clipping Polygon. */
export function boxPolygon(x0: number, y0: number, x1: number, y1: number): PcPolygon {
	return [
		[
			[x0, y0],
			[x1, y0],
			[x1, y1],
			[x0, y1],
			[x0, y0]
		]
	];
}
