import { describe, expect, it } from 'vitest';
import { overlaps, placeLabels, type LabelInput, type PlacedLabel } from './labels';
import { labelWidth } from '../text/widths';

const point = (id: string, x: number, y: number, priority = 1): LabelInput => ({ id, text: id, x, y, priority, kind: 'point' });

describe('placeLabels', () => {
	it('puts a lone label to the right of its dot', () => {
		const [l] = placeLabels([point('Lachin', 100, 100)], 400, 300);
		expect(l.anchor).toBe('right');
		expect(l.box.x0).toBeGreaterThan(100);
	});
	it('moves a label left when the right side is off the map', () => {
		const [l] = placeLabels([point('Lachin', 390, 100)], 400, 300);
		expect(l.anchor).toBe('left');
	});
	it('never overlaps two placed labels, and never covers a dot', () => {
		const items = [point('Stepanakert', 200, 100, 3), point('Shusha', 199, 108, 2), point('Askeran', 205, 95, 1)];
		const placed = placeLabels(items, 400, 300);
		for (let i = 0; i < placed.length; i++) {
			for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i].box, placed[j].box, 0)).toBe(false);
			for (const p of items) {
				if (p.id === placed[i].id) continue;
				const dot = { x0: p.x - 3, y0: p.y - 3, x1: p.x + 3, y1: p.y + 3 };
				expect(overlaps(placed[i].box, dot, 0)).toBe(false);
			}
		}
	});
	it('places higher priority first and drops what cannot fit', () => {
		const crowd = Array.from({ length: 12 }, (_, i) => point(`Town${i}`, 50 + i, 50, i));
		const placed = placeLabels(crowd, 200, 100);
		expect(placed.length).toBeLessThan(crowd.length);
		expect(placed[0].id).toBe('Town11');
	});
	it('centres area labels', () => {
		const [l] = placeLabels([{ id: 'k', text: 'KALBAJAR', x: 200, y: 150, priority: 1, kind: 'area' }], 400, 300);
		expect(l.anchor).toBe('centre');
		expect((l.box.x0 + l.box.x1) / 2).toBeCloseTo(200);
	});
	it('keeps reserved boxes free', () => {
		const reserved = [{ x0: 0, y0: 0, x1: 200, y1: 40 }];
		const placed = placeLabels([point('Agdam', 100, 20), point('Fuzuli', 100, 120)], 400, 300, 4, reserved);
		expect(placed.map((p) => p.id)).toEqual(['Fuzuli']);
	});
});

describe('measured widths', () => {
	it('place a label by its measured width when it has one', () => {
		const estimated: LabelInput = { id: 'a', text: 'LACHIN', x: 100, y: 100, kind: 'area', priority: 1, size: 11 };
		const [e] = placeLabels([estimated], 400, 300);
		const [m] = placeLabels([{ ...estimated, width: 60 }], 400, 300);
		expect(m.box.x1 - m.box.x0).toBe(60);
		expect(e.box.x1 - e.box.x0).toBeCloseTo(6 * 11 * 0.56, 5);
	});
	it('keep labels apart that the estimate would let overlap', () => {
		// a district name centred at x = 100 and a town to its right: wide capitals reach the town's label
		const district: LabelInput = { id: 'AZ-LAC', text: 'LACHIN', x: 100, y: 100, kind: 'area', priority: 1, size: 11 };
		const town: LabelInput = { id: 'lachin', text: 'Lachin', x: 118, y: 100, kind: 'point', priority: 2, size: 13 };
		const withEstimate = placeLabels([district, town], 400, 300);
		const withWidths = placeLabels(
			[
				{ ...district, width: 64 },
				{ ...town, width: 44 }
			],
			400,
			300
		);
		const boxes = (placed: PlacedLabel[]) => placed.map((p) => ({ ...p.box, x1: p.box.x0 + (p.id === 'AZ-LAC' ? 64 : 44) }));
		// with the true widths the estimate's placement collides; the measured one does not
		const est = boxes(withEstimate);
		const mea = boxes(withWidths);
		expect(est.length === 2 && overlaps(est[0], est[1], 0)).toBe(true);
		expect(mea.length < 2 || !overlaps(mea[0], mea[1], 0)).toBe(true);
	});
});

describe('labelWidth', () => {
	it('gives capitals, bold and letter-spacing more room than the plain estimate', () => {
		expect(labelWidth('LACHIN', 11, 600, 0.08)).toBeGreaterThan(46); // DejaVu Sans semibold, tracked: about 46 px
		expect(labelWidth('Lachin', 13)).toBeGreaterThan(42); // DejaVu Sans: about 42 px
		expect(labelWidth('LACHIN', 11)).toBeGreaterThan(labelWidth('lachin', 11));
		expect(labelWidth('Lachin', 13, 700)).toBeGreaterThan(labelWidth('Lachin', 13));
	});
	it('counts spaces narrow and characters, not UTF-16 units', () => {
		expect(labelWidth('a b', 10)).toBeCloseTo((0.6 + 0.32 + 0.6) * 10, 5);
		expect(labelWidth('é', 10, 400, 0.1)).toBeCloseTo((0.6 + 0.1) * 10, 5);
	});
});
