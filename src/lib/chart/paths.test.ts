import { describe, expect, it } from 'vitest';
import { stepArea, stepLine } from './paths';

describe('step paths', () => {
	const pts = [
		[0, 100],
		[50, 40],
		[120, 40.005],
		[200, 90]
	] as const;
	it('hold each value until the next change', () => expect(stepLine(pts)).toBe('M0,100H50V40H120V40.01H200V90'));
	it('close the area on the baseline', () => expect(stepArea(pts, 100)).toBe('M0,100H50V40H120V40.01H200V90V100H0Z'));
	it('draw nothing for no points', () => {
		expect(stepLine([])).toBe('');
		expect(stepArea([], 0)).toBe('');
	});
});
