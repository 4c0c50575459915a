// The engine's key for this story's states: only what is drawn, in the story's words and swatches.
import { describe, expect, it } from 'vitest';
import { legendItems as keyOf, legendWidth, widestLegend, type LegendInput, type LegendItem } from '../../lib/engine/map/legend';
import type { LayerId } from './domain/vocabulary';
import { districtOf } from './fixtures';
import { model } from './testing';

const legendItems = (input: LegendInput) => keyOf(model, input);
const labels = (items: LegendItem[]) => items.map((i) => i.label);

describe('legendItems', () => {
	it('lists Azerbaijan alone before Armenian forces held anything', () => {
		expect(labels(legendItems({ state: { date: '1991-09-01', layers: [] }, districtOf, arrows: [] }))).toEqual(['Azerbaijan']);
	});

	it('lists the districts held and the former NKAO held once both were (1994), with the line drawn', () => {
		const items = legendItems({ state: { date: '1994-05-12', layers: ['nkao', 'contact-1994'] }, districtOf, arrows: [] });
		expect(labels(items)).toEqual([
			'Azerbaijan',
			'Armenian forces: former NKAO',
			'Armenian forces: districts',
			'Former NKAO',
			'Line of contact 1994–2020'
		]);
		expect(items.map((i) => i.swatch)).toEqual([
			{ kind: 'fill', colour: 'az' },
			{ kind: 'fill', colour: 'arm-nkao' },
			{ kind: 'fill', colour: 'arm-district' },
			{ kind: 'line', style: { colour: 'nkao-line', width: 1.6, dash: '5 3' } },
			{ kind: 'line', style: { colour: 'contact', width: 2.4, dash: '7 4' } }
		]);
	});

	it('drops the districts once all were handed over (December 2020)', () => {
		const items = labels(legendItems({ state: { date: '2020-12-01', layers: [] }, districtOf, arrows: [] }));
		expect(items).toContain('Armenian forces: former NKAO');
		expect(items).not.toContain('Armenian forces: districts');
	});

	it('lists each arrow drawn by what it stands for, once', () => {
		const arrows = [
			{ side: 'az' as const, label: 'Along the Aras (schematic)' },
			{ side: 'az' as const, label: 'Along the Aras (schematic)' },
			{ side: 'az' as const, label: 'Into Lachin district (schematic)' }
		];
		const items = legendItems({ state: { date: '1993-04-02', layers: [] }, districtOf, arrows });
		expect(items.slice(-2)).toEqual([
			{ swatch: { kind: 'arrow', colour: 'advance-az' }, label: 'Along the Aras (schematic)' },
			{ swatch: { kind: 'arrow', colour: 'advance-az' }, label: 'Into Lachin district (schematic)' }
		]);
	});

	it('lists the war’s fought-over areas and the towns whose capture Azerbaijan announced while they show', () => {
		const during = labels(legendItems({ state: { date: '2020-10-20', layers: [] }, districtOf, arrows: [] }));
		expect(during).toContain('Fought over, front not mapped');
		expect(during).toContain('Town: capture announced by Azerbaijan');
		const after = labels(legendItems({ state: { date: '2020-11-10', layers: [] }, districtOf, arrows: [] }));
		expect(after).not.toContain('Fought over, front not mapped');
		expect(after).not.toContain('Town: capture announced by Azerbaijan');
	});

	it('lists Horadiz as a town held by Armenian forces between late October 1993 and January 1994', () => {
		expect(labels(legendItems({ state: { date: '1993-11-15', layers: [] }, districtOf, arrows: [] }))).toContain(
			'Town held by Armenian forces'
		);
		expect(labels(legendItems({ state: { date: '1994-01-07', layers: [] }, districtOf, arrows: [] }))).not.toContain(
			'Town held by Armenian forces'
		);
	});
});

describe('the peacekeepers in the key', () => {
	it('names the corridor under Russian peacekeepers while its layer is on', () => {
		const listed = (layers: LayerId[]) => labels(legendItems({ state: { date: '2020-11-10', layers }, districtOf, arrows: [] }));
		expect(listed(['peacekeepers'])).toContain('Corridor under Russian peacekeepers (about 5 km)');
		expect(listed([])).not.toContain('Corridor under Russian peacekeepers (about 5 km)');
	});
});

describe('widestLegend', () => {
	const fill = (colour: string) => ({ kind: 'fill' as const, colour });
	const a = [{ swatch: fill('az'), label: 'Azerbaijan' }];
	const b = [...a, { swatch: fill('pk'), label: 'Russian peacekeepers (approx.)' }];
	const c = [...a, { swatch: fill('nkao'), label: 'Former NKAO' }];

	it('keeps the key with the most text, whatever the order', () => {
		expect(widestLegend([a, b, c])).toEqual(b);
		expect(widestLegend([c, b, a])).toEqual(b);
	});

	it('counts each item’s swatch and gap as well as its text', () => {
		expect(legendWidth(b)).toBeGreaterThan(legendWidth(a));
		const one = [{ swatch: fill('x'), label: 'ab' }];
		const two = [
			{ swatch: fill('x'), label: 'a' },
			{ swatch: fill('y'), label: 'b' }
		];
		expect(legendWidth(two)).toBeGreaterThan(legendWidth(one));
	});

	it('is empty for no keys', () => {
		expect(widestLegend([])).toEqual([]);
	});
});
