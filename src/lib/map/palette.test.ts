import { describe, expect, it } from 'vitest';
import { PALETTE } from './palette';

/** Relative luminance (WCAG) of a #rrggbb colour. */
function luminance(hex: string): number {
	const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
	return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

describe('the control palette', () => {
	it('keeps the three control colours apart in greyscale', () => {
		const [a, b, c] = [PALETTE.az, PALETTE.armNkao, PALETTE.armDistrict].map(luminance).sort((x, y) => y - x);
		// each step at least 1.5:1 in contrast, so they differ with no hue at all
		expect((a + 0.05) / (b + 0.05)).toBeGreaterThan(1.5);
		expect((b + 0.05) / (c + 0.05)).toBeGreaterThan(1.5);
	});
});
