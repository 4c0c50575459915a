import { describe, expect, it } from 'vitest';
import { interpolateZoom } from 'd3-interpolate';
import { easeCubicInOut, moveBetween, toScreen, viewBoxOf, viewForBox, zoomPath } from './camera';
import { createProjection, projectBox, artHeight, ART_WIDTH } from './projection';
// a region and a frame inside it, as a story gives them (lon/lat boxes)
const FRAMES = { region: [44.0, 38.3, 48.5, 41.2], karabakh: [45.55, 38.85, 47.55, 40.45] } as const;

describe('projection', () => {
	const p = createProjection(FRAMES.region);
	it('fits the region across the art width', () => {
		const [x0, , x1] = projectBox(FRAMES.region, p);
		expect(x0).toBeCloseTo(0, 1);
		expect(x1).toBeCloseTo(ART_WIDTH, 1);
	});
	it('puts north up', () => {
		const [, y0, , y1] = projectBox(FRAMES.region, p);
		expect(y0).toBeLessThan(y1);
		expect(artHeight(p, FRAMES.region)).toBeGreaterThan(500);
	});
	it('places Stepanakert inside the karabakh frame', () => {
		const [x0, y0, x1, y1] = projectBox(FRAMES.karabakh, p);
		const [x, y] = p([46.752, 39.815])!;
		expect(x).toBeGreaterThan(x0);
		expect(x).toBeLessThan(x1);
		expect(y).toBeGreaterThan(y0);
		expect(y).toBeLessThan(y1);
	});
});

describe('views', () => {
	it('centres on a box with a margin', () => {
		const v = viewForBox([100, 200, 300, 300], 0.1);
		expect(v).toEqual({ cx: 200, cy: 250, w: 240, h: 120 });
	});
	it('writes a viewBox', () => expect(viewBoxOf({ cx: 200, cy: 250, w: 240, h: 120 })).toBe('80 190 240 120'));
});

describe('moveBetween', () => {
	const a = { cx: 100, cy: 100, w: 200, h: 100 };
	const b = { cx: 800, cy: 500, w: 100, h: 100 };
	const m = moveBetween(a, b);
	it('starts and ends on the views', () => {
		expect(m(0)).toEqual(a);
		expect(m(1)).toEqual(b);
	});
	it('zooms out mid-way on a long move', () => expect(m(0.5).w).toBeGreaterThan(a.w));
	it('moves the centre monotonically', () => {
		let last = -Infinity;
		for (let t = 0; t <= 1; t += 0.1) {
			const x = m(t).cx;
			expect(x).toBeGreaterThanOrEqual(last - 1e-9);
			last = x;
		}
	});
	it('eases the aspect ratio', () => expect(m(0.5).h / m(0.5).w).toBeCloseTo(0.75, 6));
	it('has a bounded duration', () => {
		expect(m.duration).toBeGreaterThanOrEqual(450);
		expect(m.duration).toBeLessThanOrEqual(1400);
	});
});

describe('toScreen', () => {
	const v = { cx: 500, cy: 300, w: 1000, h: 600 };
	it('maps the centre to the middle of the box', () => expect(toScreen([500, 300], v, 800, 800)).toEqual([400, 400]));
	it('letterboxes a wide view in a tall box ("meet")', () => {
		const [x, y] = toScreen([0, 0], v, 800, 800);
		expect(x).toBeCloseTo(0);
		expect(y).toBeCloseTo(400 - 300 * 0.8);
	});
});

describe('easeCubicInOut', () => {
	const cases = [
		{ args: 0, expected: 0 },
		{ args: 0.25, expected: 0.0625 },
		{ args: 0.5, expected: 0.5 },
		{ args: 0.75, expected: 0.9375 },
		{ args: 1, expected: 1 }
	];
	for (const c of cases) it(`at ${c.args}`, () => expect(easeCubicInOut(c.args)).toBeCloseTo(c.expected, 10));
});

describe('zoomPath', () => {
	// our implementation of van Wijk and Nuij, checked against d3's (a dev dependency, for this test only)
	const cases = [
		{
			name: 'a long pan',
			args: [
				[100, 100, 200],
				[800, 500, 100]
			]
		},
		{
			name: 'a zoom in place',
			args: [
				[300, 300, 400],
				[300, 300, 50]
			]
		},
		{
			name: 'a short pan and zoom out',
			args: [
				[500, 400, 120],
				[540, 380, 460]
			]
		}
	] as const;
	for (const c of cases) {
		it(c.name, () => {
			const ours = zoomPath(c.args[0], c.args[1]);
			const d3 = interpolateZoom(c.args[0] as unknown as [number, number, number], c.args[1] as unknown as [number, number, number]);
			for (const t of [0, 0.1, 0.33, 0.5, 0.8, 1]) {
				const [x, y, w] = ours(t);
				const [dx, dy, dw] = d3(t);
				expect(x).toBeCloseTo(dx, 6);
				expect(y).toBeCloseTo(dy, 6);
				expect(w).toBeCloseTo(dw, 6);
			}
			expect(ours.S * 1000).toBeCloseTo(d3.duration, 6);
		});
	}
});
