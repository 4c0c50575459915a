// One colour, changed once, changes everything painted with it: the live map's fills and the key's
// swatches (custom properties of the page), the charts (the same properties), the static maps and the
// social cards (the resolved values). Here the story's plum, the colour of districts held by Armenian
// forces, is changed as an editor would change it in colours.ts: one value, every token made of it.
import { describe, expect, it } from 'vitest';
import { COLOURS } from './colours';
import { cssVariables, resolveColours } from '../../lib/engine/style/tokens';
import { artRules } from '../../lib/engine/map/art';
import { legendItems } from '../../lib/engine/map/legend';
import { cardSvg, stepMapSvg } from '../../lib/engine/server/card.server';
import { loaded, model, region, scene, step } from './testing';

const PLUM = COLOURS['arm-district'];
const NEW = '#123456';
const changed = resolveColours(Object.fromEntries(Object.entries(COLOURS).map(([k, v]) => [k, v === PLUM ? NEW : v])));
const withChange = { ...loaded, colours: changed };

describe('a colour changed in the one vocabulary', () => {
	it('changes the page’s custom properties, which the live map, its key and the charts paint with', () => {
		const css = cssVariables(changed);
		expect(css).toContain(`--arm-district:${NEW}`);
		expect(css).toContain(`--series:${NEW}`);
		expect(css).not.toContain(PLUM);
		// the map's fills and the key's swatches name the token, never the value
		expect(artRules(region, loaded.domain)).toContain('fill:var(--arm-district)');
		const key = legendItems(model, { state: { date: '2000-01-01', layers: [] }, districtOf: scene.facts.district, arrows: [] });
		expect(key.map((i) => i.swatch)).toContainEqual({ kind: 'fill', colour: 'arm-district' });
	});
	it('changes the static maps read without JavaScript', () => {
		const svg = stepMapSvg(withChange, step('ceasefire-1994'), 800, 560);
		expect(svg).toContain(`fill="${NEW}"`);
		expect(svg).not.toContain(PLUM);
	});
	it('changes the social cards', () => {
		const svg = cardSvg(withChange, step('ceasefire-1994'));
		expect(svg).toContain(NEW);
		expect(svg).not.toContain(PLUM);
	});
});
