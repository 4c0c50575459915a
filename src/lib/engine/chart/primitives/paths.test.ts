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

import { stepBand } from './paths';
describe('stepBand', () => {
	it('runs along the top step line and back along the bottom one', () => {
		expect(
			stepBand(
				[
					[0, 5],
					[10, 2],
					[20, 2]
				],
				[
					[0, 5],
					[10, 4],
					[20, 4]
				]
			)
		).toBe('M0,5H10V2H20V2V4V4H10V5H0Z');
	});
	it('is empty for mismatched lines', () => expect(stepBand([[0, 1]], [])).toBe(''));
});
