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

/**
 * Makes polygons that touch share their vertices ("noding"): wherever a vertex of any polygon lies on an
 * edge of another (within `eps` degrees), that vertex is inserted into the edge. polygon-clipping dissolves
 * internal borders in a union (the NKAO) and adds crossing points only to the polygons it clipped, so
 * without this a border between two areas would be drawn with different vertex lists on each side and
 * TopoJSON could not store it as one shared arc.
 */
export function nodeTogether(geoms: readonly PcMulti[], eps = 1e-9): PcMulti[] {
	const CELL = 0.01;
	const key = (x: number, y: number) => `${Math.floor(x / CELL)},${Math.floor(y / CELL)}`;
	const grid = new Map<string, Pair[]>();
	const seen = new Set<string>();
	for (const g of geoms)
		for (const poly of g)
			for (const ring of poly)
				for (const p of ring) {
					const id = `${p[0]},${p[1]}`;
					if (seen.has(id)) continue;
					seen.add(id);
					const k = key(p[0], p[1]);
					const cell = grid.get(k);
					if (cell) cell.push(p);
					else grid.set(k, [p]);
				}
	const onSegment = (a: Pair, b: Pair, found: Pair[]) => {
		const [x0, x1] = a[0] < b[0] ? [a[0], b[0]] : [b[0], a[0]];
		const [y0, y1] = a[1] < b[1] ? [a[1], b[1]] : [b[1], a[1]];
		const dx = b[0] - a[0];
		const dy = b[1] - a[1];
		const len2 = dx * dx + dy * dy;
		if (len2 === 0) return;
		for (let cx = Math.floor((x0 - eps) / CELL); cx <= Math.floor((x1 + eps) / CELL); cx++)
			for (let cy = Math.floor((y0 - eps) / CELL); cy <= Math.floor((y1 + eps) / CELL); cy++) {
				for (const p of grid.get(`${cx},${cy}`) ?? []) {
					if (p[0] < x0 - eps || p[0] > x1 + eps || p[1] < y0 - eps || p[1] > y1 + eps) continue;
					const t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
					if (t <= 0 || t >= 1) continue;
					const cross = (p[0] - a[0]) * dy - (p[1] - a[1]) * dx;
					if (Math.abs(cross) / Math.sqrt(len2) > eps) continue;
					if ((p[0] === a[0] && p[1] === a[1]) || (p[0] === b[0] && p[1] === b[1])) continue;
					found.push(p);
				}
			}
		found.sort((p, q) => ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) - ((q[0] - a[0]) * dx + (q[1] - a[1]) * dy));
	};
	return geoms.map((g) =>
		g.map((poly) =>
			poly.map((ring) => {
				const out: Pair[] = [];
				for (let i = 0; i < ring.length - 1; i++) {
					out.push(ring[i]);
					const found: Pair[] = [];
					onSegment(ring[i], ring[i + 1], found);
					for (const p of found) out.push([p[0], p[1]]);
				}
				out.push(ring[ring.length - 1]);
				return out;
			})
		)
	);
}
