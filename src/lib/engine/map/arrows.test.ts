import { describe, expect, it } from 'vitest';
import { arrowShape } from './arrows';

describe('arrowShape', () => {
	const s = arrowShape([0, 0], [100, 0], 10, 0.2, 5);
	it('starts at the origin', () => expect(s.d.startsWith('M0,0Q')).toBe(true));
	it('stops short of the target by the gap', () => expect(s.tip).toEqual([95, 0]));
	it('puts the head tip first', () => expect(s.head.startsWith('M95,0L')).toBe(true));
	it('bends to the left of travel (up, on screen, going east)', () => {
		const control = s.d.match(/Q(-?[\d.]+),(-?[\d.]+)/)!;
		expect(Number(control[2])).toBeLessThan(0);
	});
	it('handles a zero-length arrow without NaN', () => expect(arrowShape([5, 5], [5, 5], 4).d).not.toContain('NaN'));
});
