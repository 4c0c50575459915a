import { describe, expect, it } from 'vitest';
import { inViewport, positionAt, samePosition, scrollTopFor } from './position';

// three steps of 400 px with 100 px gaps, scrolled so the first starts at y = 200
const boxes = [
	{ top: 200, bottom: 600 },
	{ top: 700, bottom: 1100 },
	{ top: 1200, bottom: 1600 }
];

describe('positionAt', () => {
	const cases = [
		{ name: 'before the first step', args: 100, expected: { index: 0, progress: 0 } },
		{ name: 'at the first step top', args: 200, expected: { index: 0, progress: 0 } },
		{ name: 'half way through the first', args: 400, expected: { index: 0, progress: 0.5 } },
		{ name: 'in the gap after the first', args: 650, expected: { index: 0, progress: 1 } },
		{ name: 'a quarter through the second', args: 800, expected: { index: 1, progress: 0.25 } },
		{ name: 'past the last', args: 5000, expected: { index: 2, progress: 1 } }
	];
	for (const c of cases) {
		it(c.name, () => {
			const p = positionAt(boxes, c.args);
			expect(p.index).toBe(c.expected.index);
			expect(p.progress).toBeCloseTo(c.expected.progress, 6);
		});
	}
	it('jumps straight to a far step (no replay of the ones before)', () => {
		expect(positionAt(boxes, 1300).index).toBe(2);
	});
	it('handles no steps', () => expect(positionAt([], 10)).toEqual({ index: 0, progress: 0 }));
});

describe('samePosition', () => {
	it('ignores sub-thousandth progress', () => expect(samePosition({ index: 1, progress: 0.5 }, { index: 1, progress: 0.5004 })).toBe(true));
	it('sees a step change', () => expect(samePosition({ index: 1, progress: 0 }, { index: 2, progress: 0 })).toBe(false));
});

describe('scrollTopFor', () => {
	it('puts the step top just past the trigger', () => {
		const y = scrollTopFor(3000, 600);
		expect(positionAt([{ top: 3000 - y, bottom: 3400 - y }], 600).index).toBe(0);
		expect(3000 - y).toBeLessThan(600);
	});
	it('never scrolls above the page', () => expect(scrollTopFor(100, 600)).toBe(0));
});

describe('inViewport', () => {
	it('moves boxes measured on the page up by the scroll offset', () => {
		expect(
			inViewport(
				[
					{ top: 1000, bottom: 1800 },
					{ top: 1800, bottom: 2500 }
				],
				1200
			)
		).toEqual([
			{ top: -200, bottom: 600 },
			{ top: 600, bottom: 1300 }
		]);
	});
	it('gives the same position as boxes read in the viewport', () => {
		const page = [
			{ top: 900, bottom: 1700 },
			{ top: 1700, bottom: 2600 }
		];
		expect(positionAt(inViewport(page, 1400), 500)).toEqual({ index: 1, progress: (1900 - 1700) / 900 });
	});
});
