import { describe, expect, it } from 'vitest';
import { legendItems, legendWidth, widestLegend, type LegendItem } from './legend';
import type { LayerId } from './vocabulary';

// each control area's district, as the scene's facts give it (null: inside the former NKAO)
const districtOf: Record<string, string | null> = {
	kalbajar: 'AZ-KAL',
	'lachin-north': 'AZ-LAC',
	'lachin-south': 'AZ-LAC',
	qubadli: 'AZ-QBI',
	zangilan: 'AZ-ZAN',
	jabrayil: 'AZ-CAB',
	'agdam-west': 'AZ-AGM',
	'agdam-east': 'AZ-AGM',
	'fuzuli-west': 'AZ-FUZ',
	'fuzuli-east': 'AZ-FUZ',
	'nkao-core': null,
	'nkao-east': null,
	'nkao-south': null,
	shusha: null,
	talish: null
};
const labels = (items: LegendItem[]) => items.map((i) => i.label);

describe('legendItems', () => {
	it('lists Azerbaijan alone before Armenian forces held anything', () => {
		expect(labels(legendItems({ state: { date: '1991-09-01', layers: [] }, districtOf, arrowSides: [] }))).toEqual(['Azerbaijan']);
	});

	it('lists the districts held and the former NKAO held once both were (1994), with the line drawn', () => {
		const items = legendItems({ state: { date: '1994-05-12', layers: ['nkao', 'contact-1994'] }, districtOf, arrowSides: [] });
		expect(labels(items)).toEqual([
			'Azerbaijan',
			'Armenian forces: former NKAO',
			'Armenian forces: districts',
			'Former NKAO',
			'Line of contact 1994–2020'
		]);
		expect(items.map((i) => i.swatch)).toEqual(['az', 'arm-nkao', 'arm-district', 'nkao-line', 'line-contact-1994']);
	});

	it('drops the districts once all were handed over (December 2020)', () => {
		const items = labels(legendItems({ state: { date: '2020-12-01', layers: [] }, districtOf, arrowSides: [] }));
		expect(items).toContain('Armenian forces: former NKAO');
		expect(items).not.toContain('Armenian forces: districts');
	});

	it('lists the arrows drawn, by side', () => {
		const items = labels(legendItems({ state: { date: '1993-04-02', layers: [] }, districtOf, arrowSides: ['arm', 'az'] }));
		expect(items.slice(-2)).toEqual(['Armenian advance (schematic)', 'Azerbaijani advance (schematic)']);
	});
});

describe('the peacekeepers in the key', () => {
	const listed = (date: string, layers: LayerId[]) =>
		labels(legendItems({ state: { date, layers }, districtOf, arrowSides: [] })).includes('Russian peacekeepers (approx.)');

	it('shows the zone from 10 November 2020 while its layer is on', () => {
		expect(listed('2020-11-09', ['peacekeepers'])).toBe(false);
		expect(listed('2020-11-10', ['peacekeepers'])).toBe(true);
		expect(listed('2020-11-10', [])).toBe(false);
		expect(listed('2023-09-20', ['peacekeepers'])).toBe(false);
	});
});

describe('widestLegend', () => {
	const a = [{ swatch: 'az', label: 'Azerbaijan' }];
	const b = [...a, { swatch: 'pk', label: 'Russian peacekeepers (approx.)' }];
	const c = [...a, { swatch: 'nkao-line', label: 'Former NKAO' }];

	it('keeps the key with the most text, whatever the order', () => {
		expect(widestLegend([a, b, c])).toEqual(b);
		expect(widestLegend([c, b, a])).toEqual(b);
	});

	it('counts each item’s swatch and gap as well as its text', () => {
		expect(legendWidth(b)).toBeGreaterThan(legendWidth(a));
		const one = [{ swatch: 'x', label: 'ab' }];
		const two = [
			{ swatch: 'x', label: 'a' },
			{ swatch: 'y', label: 'b' }
		];
		expect(legendWidth(two)).toBeGreaterThan(legendWidth(one));
	});

	it('is empty for no keys', () => {
		expect(widestLegend([])).toEqual([]);
	});
});
