import { describe, expect, it } from 'vitest';
import { moveBetween, toScreen, type View } from './camera';
import { cssTransform, flightView, layerTransform } from './flight';

const W = 800;
const H = 500;
const region: View = { cx: 400, cy: 250, w: 800, h: 500 };
const district: View = { cx: 200, cy: 120, w: 160, h: 100 };
const east: View = { cx: 650, cy: 300, w: 160, h: 100 };

describe('flightView', () => {
	it('holds every view of a move, at the frame’s aspect', () => {
		const move = moveBetween(district, east);
		const views = Array.from({ length: 13 }, (_, i) => move(i / 12));
		const f = flightView(views, W / H);
		expect(f.w / f.h).toBeCloseTo(W / H, 6);
		for (const v of views) {
			expect(v.cx - v.w / 2).toBeGreaterThanOrEqual(f.cx - f.w / 2 - 1e-9);
			expect(v.cx + v.w / 2).toBeLessThanOrEqual(f.cx + f.w / 2 + 1e-9);
			expect(v.cy - v.h / 2).toBeGreaterThanOrEqual(f.cy - f.h / 2 - 1e-9);
			expect(v.cy + v.h / 2).toBeLessThanOrEqual(f.cy + f.h / 2 + 1e-9);
		}
		// the long pan zooms out on its way: the flight holds more than either end
		expect(f.w).toBeGreaterThan(east.cx - district.cx + east.w);
	});
	it('is the view itself for one view of the frame’s aspect', () => {
		expect(flightView([region], W / H)).toEqual(region);
	});
});

describe('layerTransform', () => {
	it('puts every point where the view itself would show it', () => {
		const base = flightView([region, district], W / H);
		for (const view of [district, east, region, { cx: 300, cy: 200, w: 420, h: 300 }]) {
			const t = layerTransform(base, view, W, H);
			for (const p of [
				[100, 50],
				[400, 250],
				[640, 310]
			] as const) {
				const [bx, by] = toScreen(p, base, W, H);
				const [vx, vy] = toScreen(p, view, W, H);
				expect(t.k * bx + t.x).toBeCloseTo(vx, 6);
				expect(t.k * by + t.y).toBeCloseTo(vy, 6);
			}
		}
	});
	it('is the identity for the base view, and scales up as the view narrows', () => {
		expect(layerTransform(region, region, W, H)).toEqual({ k: 1, x: 0, y: 0 });
		expect(layerTransform(region, district, W, H).k).toBeCloseTo(5, 6);
	});
	it('writes a CSS transform', () => {
		expect(cssTransform({ x: 10.123, y: -4, k: 2.5 })).toBe('translate(10.12px, -4px) scale(2.5)');
	});
});
