// Tests for matching source units by position and for the boundary fixes: the right unit is found, and a
// missing, ambiguous or misplaced unit, a unit claimed twice, or an unknown code fails with a GeoBuildError
// whose message names the unit.

import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { BoundaryFix, UnitSpec } from './corrections';
import { BOUNDARY_FIXES, UNIT_SPECS } from './corrections';
import { GeoBuildError } from '../../../lib/engine/geo/build/errors';
import { applyBoundaryFixes, checkCodes, matchAll, matchUnit, type SourceUnit } from './match';
import { multiAreaKm2, type PcMulti } from '../../../lib/engine/geo/build/polygons';

/** A lon/lat square as a d3-wound (clockwise) GeoJSON polygon. */
function square(x0: number, y0: number, size: number): Polygon {
	return {
		type: 'Polygon',
		coordinates: [
			[
				[x0, y0],
				[x0, y0 + size],
				[x0 + size, y0 + size],
				[x0 + size, y0],
				[x0, y0]
			]
		]
	};
}
const unit = (index: number, label: string, g: Polygon): SourceUnit => ({
	index,
	label,
	feature: { type: 'Feature', properties: {}, geometry: g } as Feature<Polygon>
});
// Two units side by side and one overlapping the first (to make a point ambiguous).
const A = unit(0, 'AZ.SU Lankaran', square(46.2, 39.6, 0.2));
const B = unit(1, 'AZ.SU Şuşa', square(46.4, 39.6, 0.2));
const C = unit(2, 'AZ.XX Overlap', square(46.25, 39.65, 0.05));
const spec = (over: Partial<UnitSpec> = {}): UnitSpec => ({
	code: 'AZ-LAC',
	inside: [46.3, 39.7],
	centroid: [46.3, 39.7],
	tolerance: 0.05,
	sourceLabel: 'test',
	...over
});

describe('matchUnit', () => {
	const ok: { name: string; args: [SourceUnit[], UnitSpec]; expected: string }[] = [
		{ name: 'finds the unit containing the point', args: [[A, B], spec()], expected: 'AZ.SU Lankaran' },
		{
			name: 'ignores ids and names: same id, other position',
			args: [[A, B], spec({ code: 'AZ-SUS', inside: [46.5, 39.7], centroid: [46.5, 39.7] })],
			expected: 'AZ.SU Şuşa'
		}
	];
	it.each(ok)('$name', ({ args, expected }) => {
		expect(matchUnit(args[0], args[1], 'test.js').label).toBe(expected);
	});

	const bad: { name: string; args: [SourceUnit[], UnitSpec]; expected: string }[] = [
		{
			name: 'missing unit',
			args: [[B], spec({ inside: [46.1, 39.65] })],
			expected: 'geo: unit AZ-LAC (Lachin) not found in test.js: no polygon contains 46.1E 39.65N'
		},
		{
			name: 'ambiguous unit',
			args: [[A, B, C], spec({ inside: [46.27, 39.67] })],
			expected: 'geo: unit AZ-LAC (Lachin) is ambiguous in test.js: 2 polygons contain 46.27E 39.67N (AZ.SU Lankaran, AZ.XX Overlap)'
		},
		{
			name: 'centroid too far from the expected one',
			args: [[A, B], spec({ centroid: [46.6, 39.7] })],
			expected: 'geo: unit AZ-LAC (Lachin): the polygon containing 46.3E 39.7N (AZ.SU Lankaran) has its centroid at 46.300E 39.700N'
		}
	];
	it.each(bad)('$name → GeoBuildError naming the unit', ({ args, expected }) => {
		let err: unknown;
		try {
			matchUnit(args[0], args[1], 'test.js');
		} catch (e) {
			err = e;
		}
		expect(err).toBeInstanceOf(GeoBuildError);
		expect((err as Error).message.startsWith(expected)).toBe(true);
	});
});

describe('matchAll', () => {
	it('merges units that share a code', () => {
		const m = matchAll([A, B], [spec(), spec({ inside: [46.5, 39.7], centroid: [46.5, 39.7] })], 'test.js');
		expect([...m.keys()]).toEqual(['AZ-LAC']);
		expect(m.get('AZ-LAC')).toHaveLength(1); // the two squares touch: one polygon
	});
	it('refuses one source unit for two codes', () => {
		expect(() => matchAll([A, B], [spec(), spec({ code: 'AZ-SUS' })], 'test.js')).toThrow(
			'geo: unit AZ-SUS (Shusha): source polygon AZ.SU Lankaran is already matched to AZ-LAC (Lachin)'
		);
	});
});

describe('checkCodes', () => {
	it('accepts the real table', () => {
		expect(() => checkCodes(UNIT_SPECS, BOUNDARY_FIXES)).not.toThrow();
	});
	const bad: { name: string; args: [UnitSpec[], BoundaryFix[]]; expected: string }[] = [
		{
			name: 'unknown code in UNIT_SPECS',
			args: [[...UNIT_SPECS, spec({ code: 'AZ.SU', sourceLabel: 'AZ.SU Lankaran' })], []],
			expected: `geo: corrections table: UNIT_SPECS[${UNIT_SPECS.length}] (AZ.SU Lankaran) has unknown district code "AZ.SU"`
		},
		{
			name: 'unknown code in BOUNDARY_FIXES',
			args: [[...UNIT_SPECS], [{ ...BOUNDARY_FIXES[0], to: 'AZ-XYZ' }]],
			expected: 'geo: corrections table: BOUNDARY_FIXES[0] has unknown district code "AZ-XYZ"'
		},
		{
			name: 'a district of the table without a spec',
			args: [UNIT_SPECS.filter((s) => s.code !== 'AZ-QBI'), []],
			expected: 'geo: corrections table: district AZ-QBI (Qubadli) has no entry in UNIT_SPECS'
		}
	];
	it.each(bad)('$name', ({ args, expected }) => {
		expect(() => checkCodes(...args)).toThrow(expected);
	});
});

describe('applyBoundaryFixes', () => {
	const left: PcMulti = [
		[
			[
				[0, 0],
				[1, 0],
				[1, 1],
				[0, 1],
				[0, 0]
			]
		]
	];
	const right: PcMulti = [
		[
			[
				[1, 0],
				[2, 0],
				[2, 1],
				[1, 1],
				[1, 0]
			]
		]
	];
	const fix = (polygon: [number, number][], to = 'AZ-SUS'): BoundaryFix => ({ from: 'AZ-LAC', to, polygon, reason: 'test' });
	const districts = () =>
		new Map([
			['AZ-LAC', left],
			['AZ-SUS', right]
		] as const);

	it('moves the piece and keeps the total area (no gap, no overlap)', () => {
		const before = multiAreaKm2(left) + multiAreaKm2(right);
		const out = applyBoundaryFixes(districts(), [
			fix([
				[0.8, 0.2],
				[1.5, 0.2],
				[1.5, 0.8],
				[0.8, 0.8],
				[0.8, 0.2]
			])
		]);
		const l = out.get('AZ-LAC')!;
		const r = out.get('AZ-SUS')!;
		expect(Math.abs(multiAreaKm2(l) + multiAreaKm2(r) - before) / before).toBeLessThan(1e-9);
		expect(multiAreaKm2(l)).toBeLessThan(multiAreaKm2(left));
		expect(r).toHaveLength(1);
	});
	const bad: { name: string; args: BoundaryFix[]; expected: string }[] = [
		{
			name: 'fix polygon outside the source district',
			args: [
				fix([
					[5, 5],
					[6, 5],
					[6, 6],
					[5, 5]
				])
			],
			expected: 'geo: boundary fix AZ-LAC (Lachin) → AZ-SUS (Shusha): the fix polygon does not overlap AZ-LAC (Lachin)'
		},
		{
			name: 'moved piece not touching its new district',
			args: [
				fix([
					[0.1, 0.1],
					[0.3, 0.1],
					[0.3, 0.3],
					[0.1, 0.3],
					[0.1, 0.1]
				])
			],
			expected: 'geo: boundary fix AZ-LAC (Lachin) → AZ-SUS (Shusha): the moved piece does not touch AZ-SUS (Shusha)'
		},
		{
			name: 'district not built',
			args: [
				fix(
					[
						[0.8, 0.2],
						[1.5, 0.2],
						[1.5, 0.8],
						[0.8, 0.2]
					],
					'AZ-QBI'
				)
			],
			expected: 'geo: boundary fix AZ-LAC (Lachin) → AZ-QBI (Qubadli): district AZ-QBI is not built'
		}
	];
	it.each(bad)('$name', ({ args, expected }) => {
		expect(() => applyBoundaryFixes(districts(), args)).toThrow(expected);
	});
});
