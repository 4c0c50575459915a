import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { loadStory } from '../content/load';
import { regionFromTopology } from '../geo/region';
import { AREA_IDS } from '../geo/control';
import { buildScene } from './scene';
import { renderArt, renderLocator, corridorWidth } from './art';
import { createLocatorProjection, createProjection } from './projection';
import { kmPerUnit } from './scalebar';

// the generated geodata: `npm test` runs `npm run geo` first
const region = regionFromTopology(JSON.parse(readFileSync('src/lib/geo/generated/region.topo.json', 'utf8')) as Topology);
const story = loadStory(
	readFileSync('src/lib/content/story.yaml', 'utf8'),
	'story.yaml',
	Object.fromEntries(region.areas.map((a) => [a.properties.id, a.properties.district])) as Record<(typeof AREA_IDS)[number], string | null>
);
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
	it('draws arrows only where a source gives the advance’s direction, dated where the step scrubs time', () => {
		// no source says where the 1993 advances came from
		expect(scene.arrows['agdam-1993']).toEqual([]);
		expect(scene.arrows['south-1993']).toEqual([]);
		// 2020: along the Aras (S 30) and from Qubadli towards Lachin (S 34–37); none from Zangilan to Qubadli
		expect(scene.arrows['war-2020'].map((a) => [a.date, a.label])).toEqual([
			['2020-09-27', 'Azerbaijani operations along the Aras (schematic)'],
			['2020-10-25', 'From Qubadli towards Lachin (schematic)']
		]);
		expect(scene.arrows['nkao']).toEqual([]);
	});
	it('gives the alternate name, saying whose, on the place’s first highlight', () => {
		expect(scene.firstLabels['lachin']).toEqual({ step: 'lachin-1992', text: 'Lachin (Arm. Berdzor)' });
		expect(scene.firstLabels['kalbajar']).toEqual({ step: 'kalbajar-1993', text: 'Kalbajar (Arm. Karvachar)' });
		expect(scene.firstLabels['stepanakert']).toEqual({ step: 'nkao', text: 'Stepanakert (Az. Khankendi)' });
		expect(scene.firstLabels['martakert'].text).toBe('Martakert (Az. Aghdara)');
		// OSCE spellings and spelling variants are not map names
		expect(scene.firstLabels['jabrayil']).toBeUndefined();
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
