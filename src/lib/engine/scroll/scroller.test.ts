import { describe, expect, it } from 'vitest';
import { scrollForPosition } from './scroller';
import { positionAt } from './position';

describe('scrollForPosition', () => {
	it('puts the trigger back at the same step and fraction after a re-layout', () => {
		// after a resize the step sits at y = 1200..2000 in the viewport, the page scrolled 5000
		const y = scrollForPosition({ index: 3, progress: 0.25 }, { top: 1200, bottom: 2000 }, 5000, 400);
		// scrolled there, the step's box moves up by (y - 5000)
		const shift = y - 5000;
		const p = positionAt([{ top: 1200 - shift, bottom: 2000 - shift }], 400);
		expect(p.index).toBe(0);
		expect(p.progress).toBeCloseTo(0.25, 2);
	});
	it('never scrolls above the page', () => expect(scrollForPosition({ index: 0, progress: 0 }, { top: 10, bottom: 500 }, 0, 400)).toBe(0));
});
