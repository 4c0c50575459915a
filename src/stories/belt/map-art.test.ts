// The engine's static art from this story's geodata: town dots, the rules that colour areas per side
// and group from the domain's fills, line styles from its layers (`npm test` runs `npm run geo` first).
import { describe, expect, it } from 'vitest';
import { artRules, renderArt, townDot } from '../../lib/engine/map/art';
import { domain, projection, region } from './testing';

describe('town dots', () => {
	it('are zero-length paths, so their round caps keep one size on screen at every zoom', () => {
		expect(townDot(12.345, 6.78)).toBe('M12.3 6.8h0');
	});
	it('draw every town once, over a halo, and no circle whose radius would scale', () => {
		const art = renderArt(region, projection, domain);
		expect(art).not.toContain('<circle');
		for (const t of region.towns) {
			const id = t.properties.id;
			expect(art.match(new RegExp(`<path class="town" data-place="${id}"`, 'g')), id).toHaveLength(1);
			expect(art.match(new RegExp(`<path class="town-halo" data-place="${id}"`, 'g')), id).toHaveLength(1);
		}
	});
	it('grow when highlighted, by stroke width', () => {
		expect(artRules(region, domain)).toMatch(
			/svg\[data-hl~="stepanakert"\] path\.town\[data-place="stepanakert"\][^{]*\{stroke:var\(--highlight\);stroke-width:9px/
		);
	});
});

describe('art rules from the domain', () => {
	const rules = artRules(region, domain);
	it('fill every area with the base side’s colour, and a held area with its side’s fill for its group', () => {
		expect(rules).toContain('svg path.area{fill:var(--az)}');
		expect(rules).toMatch(/svg\[data-held~="arm:kalbajar"\] path\.area\.focus\[data-area="kalbajar"\][^{]*\{fill:var\(--arm-district\)\}/);
		expect(rules).toMatch(/svg\[data-held~="arm:nkao-core"\] path\.area\.outline\[data-area="nkao-core"\][^{]*\{fill:var\(--arm-nkao\)\}/);
	});
	it('draw each line in its layer’s style, shown only with its layer', () => {
		expect(rules).toContain('svg path.line[data-line="contact-1994"]{stroke:var(--contact);stroke-width:2.4px;stroke-dasharray:7 4}');
		expect(rules).toContain('svg[data-layers~="contact-1994"] path.line[data-line="contact-1994"]{opacity:1}');
		expect(rules).toContain('svg[data-layers~="peacekeepers"] path.band[data-band="peacekeepers"]{opacity:0.45}');
	});
	it('mark the areas fought over and not mapped with their hatches', () => {
		expect(rules).toMatch(/svg\[data-contested~="jabrayil"\] path\.area\[data-area="jabrayil"\][^{]*\{fill:url\(#contested-hatch\)\}/);
		expect(renderArt(region, projection, domain)).toContain('<pattern id="contested-hatch"');
	});
});
