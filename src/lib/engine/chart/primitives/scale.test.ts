import { describe, expect, it } from 'vitest';
import { linear } from './scale';

describe('linear', () => {
	const s = linear([0, 100], [10, 210]);
	it('maps the domain onto the range', () => {
		expect(s(0)).toBe(10);
		expect(s(50)).toBe(110);
		expect(s(100)).toBe(210);
	});
	it('extrapolates unless clamped', () => {
		expect(s(150)).toBe(310);
		expect(linear([0, 100], [10, 210], { clamp: true })(150)).toBe(210);
		expect(linear([0, 100], [10, 210], { clamp: true })(-5)).toBe(10);
	});
	it('handles inverted ranges (y axes)', () => expect(linear([0, 1], [200, 0])(0.25)).toBe(150));
	it('nices the domain to round values', () => expect(linear([0, 8000], [0, 1], { nice: 5 }).domain).toEqual([0, 8000]));
	it('nices an odd maximum upwards', () => expect(linear([0, 7300], [0, 1], { nice: 5 }).domain).toEqual([0, 8000]));
	it('gives round ticks', () => expect(linear([0, 8000], [0, 1]).ticks(4)).toEqual([0, 2000, 4000, 6000, 8000]));
	it('survives an empty domain', () => expect(Number.isFinite(linear([5, 5], [0, 10])(5))).toBe(true));
});
