// Numeric tests for the geometry helpers: winding for d3-geo, spherical areas in km², noding.

import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM, multiAreaKm2, nodeTogether, rewindForD3, signedArea2, toGeometry, type PcMulti } from './polygons';

const ccwSquare: PcMulti = [[[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]];

describe('signedArea2', () => {
	const cases: { name: string; args: [number, number][]; expected: number }[] = [
		{ name: 'counter-clockwise unit square', args: [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]], expected: 2 },
		{ name: 'clockwise unit square', args: [[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]], expected: -2 },
		{ name: 'degenerate', args: [[0, 0], [1, 1], [0, 0]], expected: 0 }
	];
	it.each(cases)('$name', ({ args, expected }) => {
		expect(signedArea2(args)).toBeCloseTo(expected, 12);
	});
});

describe('rewindForD3 / toGeometry', () => {
	it('turns an RFC 7946 (counter-clockwise) square into a small d3 polygon', () => {
		expect(geoArea({ type: 'Polygon', coordinates: ccwSquare[0] })).toBeGreaterThan(2 * Math.PI); // d3 reads it inverted
		const g = toGeometry(ccwSquare);
		expect(geoArea(g)).toBeLessThan(1e-3);
	});
	it('winds holes the other way', () => {
		const withHole: PcMulti = [[ccwSquare[0][0], [[0.2, 0.2], [0.4, 0.2], [0.4, 0.4], [0.2, 0.4], [0.2, 0.2]]]];
		const w = rewindForD3(withHole);
		expect(signedArea2(w[0][0])).toBeLessThan(0);
		expect(signedArea2(w[0][1])).toBeGreaterThan(0);
		expect(multiAreaKm2(withHole)).toBeLessThan(multiAreaKm2(ccwSquare));
	});
});

describe('multiAreaKm2', () => {
	const cases: { name: string; args: PcMulti; expected: number; tol: number }[] = [
		// 1° × 1° at the equator ≈ (π/180)² × R² × (sin 1° / (π/180)) ≈ 12,363.5 km².
		{ name: '1°×1° at the equator', args: ccwSquare, expected: ((Math.PI / 180) * Math.sin(Math.PI / 180) * EARTH_RADIUS_KM ** 2), tol: 1 },
		{ name: 'empty', args: [], expected: 0, tol: 0 }
	];
	it.each(cases)('$name', ({ args, expected, tol }) => {
		expect(Math.abs(multiAreaKm2(args) - expected)).toBeLessThanOrEqual(tol);
	});
});

describe('nodeTogether', () => {
	it('inserts a neighbour’s vertex lying on an edge', () => {
		const big: PcMulti = [[[[0, 0], [2, 0], [2, 1], [0, 1], [0, 0]]]];
		const small: PcMulti = [[[[1, 1], [1.5, 1], [1.5, 2], [1, 2], [1, 1]]]];
		const [b, s] = nodeTogether([big, small]);
		expect(b[0][0]).toEqual([[0, 0], [2, 0], [2, 1], [1.5, 1], [1, 1], [0, 1], [0, 0]]);
		expect(s).toEqual(small);
	});
	it('leaves vertices off the edge alone', () => {
		const a: PcMulti = [[[[0, 0], [1, 0], [1, 1], [0, 0]]]];
		const b: PcMulti = [[[[0.5, 0.1], [0.6, 0.1], [0.6, 0.2], [0.5, 0.1]]]];
		expect(nodeTogether([a, b])).toEqual([a, b]);
	});
});
