import { describe, expect, it } from 'vitest';
// The engine's scene and art built from this story's geodata (`npm test` runs `npm run geo` first).
import { AREA_IDS } from './domain/control';
import { renderArt, renderLocator, bandWidth } from '../../lib/engine/map/art';
import { createLocatorProjection } from '../../lib/engine/map/projection';
import { kmPerUnit } from '../../lib/engine/map/scalebar';
import { domain, projection, region, scene, story } from './testing';

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
		const loc = createLocatorProjection(domain.locator);
		const [ax, ay] = projection([46.752, 39.815])!;
		const [lx, ly] = loc([46.752, 39.815])!;
		expect(ax * scene.locator.k + scene.locator.x).toBeCloseTo(lx, 6);
		expect(ay * scene.locator.k + scene.locator.y).toBeCloseTo(ly, 6);
	});
	it('carries the km² of every control area', () => {
		for (const id of AREA_IDS) expect(scene.facts.km2[id], id).toBeGreaterThan(0);
		expect(scene.outlineKm2).toBeGreaterThan(3500);
	});
});

describe('renderArt', () => {
	const art = renderArt(region, projection, domain);
	it('draws every control area once, with its id', () => {
		for (const id of AREA_IDS) expect(art.match(new RegExp(`data-area="${id}" d=`, 'g')), id).toHaveLength(1);
	});
	it('has a colour rule per area and no NaN in any path', () => {
		for (const id of AREA_IDS) expect(art).toContain(`svg[data-held~="arm:${id}"] path.area.`);
		expect(art).not.toContain('NaN');
	});
	it('draws the corridor band about 5 km wide', () => {
		const road = region.lines.find((l) => l.properties.id === 'lachin-road')!;
		const [, y] = projection([46.55, 39.6])!;
		expect(bandWidth(projection, road, 5) * kmPerUnit(y, scene.mercator)).toBeCloseTo(5, 0);
	});
	it('is the same string every time (reproducible builds)', () => expect(renderArt(region, projection, domain)).toBe(art));
	it('draws a locator with the countries and the former NKAO', () => {
		const loc = renderLocator(region, createLocatorProjection(domain.locator), domain);
		expect(loc.match(/loc-country/g)!.length).toBe(region.countries.length);
		expect(loc).toContain('loc-outline');
	});
});

describe('the art markup', () => {
	it('is well-formed: every group it opens, it closes', () => {
		const art = renderArt(region, projection, domain);
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
