import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { regionFromTopology } from '../geo/region';
import { artRules, renderArt, townDot } from './art';
import { createProjection } from './projection';

// the generated geodata: `npm test` runs `npm run geo` first
const region = regionFromTopology(JSON.parse(readFileSync('src/lib/geo/generated/region.topo.json', 'utf8')) as Topology);

describe('town dots', () => {
	it('are zero-length paths, so their round caps keep one size on screen at every zoom', () => {
		expect(townDot(12.345, 6.78)).toBe('M12.3 6.8h0');
	});
	it('draw every town once, over a halo, and no circle whose radius would scale', () => {
		const art = renderArt(region, createProjection());
		expect(art).not.toContain('<circle');
		for (const t of region.towns) {
			const id = t.properties.id;
			expect(art.match(new RegExp(`<path class="town" data-place="${id}"`, 'g')), id).toHaveLength(1);
			expect(art.match(new RegExp(`<path class="town-halo" data-place="${id}"`, 'g')), id).toHaveLength(1);
		}
	});
	it('grow when highlighted, by stroke width', () => {
		const rules = artRules(region);
		expect(rules).toMatch(/svg\[data-hl~="stepanakert"\] path\.town\[data-place="stepanakert"\][^{]*\{stroke:var\(--highlight\);stroke-width:9px/);
	});
});
