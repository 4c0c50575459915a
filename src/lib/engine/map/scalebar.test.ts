import { describe, expect, it } from 'vitest';
import { geoDistance } from 'd3-geo';
import { createProjection } from './projection';
import { kmPerUnit, latitudeAt, scaleBar, type Mercator } from './scalebar';

const p = createProjection([44.0, 38.3, 48.5, 41.2]);
const m: Mercator = { k: p.scale(), tx: p.translate()[0], ty: p.translate()[1] };

describe('latitudeAt', () => {
	it('inverts the projection', () => {
		const [, y] = p([46.5, 39.8])!;
		expect(latitudeAt(y, m)).toBeCloseTo(39.8, 6);
	});
});

describe('kmPerUnit', () => {
	it('matches the great-circle distance of a short east–west step', () => {
		const [x0, y] = p([46.5, 39.8])!;
		const [x1] = p([46.6, 39.8])!;
		const km = geoDistance([46.5, 39.8], [46.6, 39.8]) * 6371.0088;
		expect(kmPerUnit(y, m) * (x1 - x0)).toBeCloseTo(km, 2);
	});
});

describe('scaleBar', () => {
	it('picks a round length that fits', () => {
		const [, y] = p([46.5, 39.8])!;
		const view = { cx: 500, cy: y, w: 200, h: 150 };
		const bar = scaleBar(view, 800, 600, m, 110);
		expect([1, 2, 5, 10, 20, 25, 50, 100]).toContain(bar.km);
		expect(bar.px).toBeLessThanOrEqual(110);
		expect(bar.px).toBeGreaterThan(110 / 2.6);
		expect(bar.label).toBe(`${bar.km} km`);
	});
	it('gets longer in km when zoomed out', () => {
		const [, y] = p([46.5, 39.8])!;
		const near = scaleBar({ cx: 500, cy: y, w: 100, h: 80 }, 800, 600, m);
		const far = scaleBar({ cx: 500, cy: y, w: 1000, h: 800 }, 800, 600, m);
		expect(far.km).toBeGreaterThan(near.km);
	});
});
