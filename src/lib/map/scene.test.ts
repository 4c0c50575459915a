import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { parseStory } from '../content/schema';
import { regionFromTopology } from '../geo/region';
import { AREA_IDS } from '../geo/control';
import { buildScene } from './scene';
import { renderArt, renderLocator, corridorWidth } from './art';
import { createLocatorProjection, createProjection } from './projection';
import { kmPerUnit } from './scalebar';

// the generated geodata: `npm test` runs `npm run geo` first
const region = regionFromTopology(JSON.parse(readFileSync('src/lib/geo/generated/region.topo.json', 'utf8')) as Topology);
const story = parseStory(readFileSync('src/lib/content/story.yaml', 'utf8'), 'story.yaml');
const projection = createProjection();
const scene = buildScene(region, story, projection);

describe('buildScene', () => {
	it('gives every step a view inside the art', () => {
		for (const s of story.steps) {
			const v = scene.views[s.id];
			expect(v, s.id).toBeDefined();
			expect(v.cx).toBeGreaterThan(0);
			expect(v.cx).toBeLessThan(scene.width);
			expect(v.w).toBeGreaterThan(10);
		}
	});
	it('frames a district step on that district', () => {
		const v = scene.views['kalbajar-1993'];
		const [x, y] = projection([46.038, 40.105])!; // Kalbajar town
		expect(Math.abs(x - v.cx)).toBeLessThan(v.w / 2);
		expect(Math.abs(y - v.cy)).toBeLessThan(v.h / 2);
	});
	it('draws the arrows the content asks for, dated where the step scrubs time', () => {
		expect(scene.arrows['south-1993']).toHaveLength(4);
		expect(scene.arrows['war-2020'].map((a) => a.date)).toEqual(['2020-09-27', '2020-10-20', '2020-10-23', '2020-10-25']);
		expect(scene.arrows['nkao']).toEqual([]);
	});
	it('shows the alternate name the text uses, on the place’s first appearance', () => {
		expect(scene.altStep['lachin']).toBe('lachin-1992');
		expect(scene.altName['lachin']).toBe('Berdzor');
		expect(scene.altName['kalbajar']).toBe('Karvachar');
		expect(scene.altName['stepanakert']).toBe('Khankendi');
	});
	it('maps art coordinates onto the locator', () => {
		const loc = createLocatorProjection();
		const [ax, ay] = projection([46.752, 39.815])!;
		const [lx, ly] = loc([46.752, 39.815])!;
		expect(ax * scene.locator.k + scene.locator.x).toBeCloseTo(lx, 6);
		expect(ay * scene.locator.k + scene.locator.y).toBeCloseTo(ly, 6);
	});
	it('carries the km² of every control area', () => {
		for (const id of AREA_IDS) expect(scene.facts.km2[id], id).toBeGreaterThan(0);
		expect(scene.nkaoKm2).toBeGreaterThan(3500);
	});
});

describe('renderArt', () => {
	const art = renderArt(region, projection);
	it('draws every control area once, with its id', () => {
		for (const id of AREA_IDS) expect(art.match(new RegExp(`data-area="${id}" d=`, 'g')), id).toHaveLength(1);
	});
	it('has a colour rule per area and no NaN in any path', () => {
		for (const id of AREA_IDS) expect(art).toContain(`svg[data-arm~="${id}"] path.area[data-area="${id}"]`);
		expect(art).not.toContain('NaN');
	});
	it('draws the corridor about 5 km wide', () => {
		const [, y] = projection([46.55, 39.6])!;
		expect(corridorWidth(projection) * kmPerUnit(y, scene.mercator)).toBeCloseTo(5, 0);
	});
	it('is the same string every time (reproducible builds)', () => expect(renderArt(region, projection)).toBe(art));
	it('draws a locator with the countries and the former NKAO', () => {
		const loc = renderLocator(region, createLocatorProjection());
		expect(loc.match(/loc-country/g)!.length).toBe(region.countries.length);
		expect(loc).toContain('loc-nkao');
	});
});

describe('the art markup', () => {
	it('is well-formed: every group it opens, it closes', () => {
		const art = renderArt(region, projection);
		const opened = (art.match(/<g[\s>]/g) ?? []).length;
		const closed = (art.match(/<\/g>/g) ?? []).length;
		expect(closed).toBe(opened);
		// and in order: never more closes than opens at any point
		let depth = 0;
		for (const tag of art.match(/<g[\s>]|<\/g>/g) ?? []) {
			depth += tag === '</g>' ? -1 : 1;
			expect(depth).toBeGreaterThanOrEqual(0);
		}
	});
});
