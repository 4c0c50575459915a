import { describe, expect, it } from 'vitest';
import { axisLabels, clampLabel, formatNumber, lanes, rowHeight } from './layout';
import { estimateWidth } from '../../text/widths';

describe('lanes', () => {
	const noCrossing = (items: { at: number; width: number }[], placed: { x: number; lane: number }[]) => {
		items.forEach((_, i) =>
			items.forEach((b, j) => {
				if (i === j || placed[i].lane < 0 || placed[j].lane < 0) return;
				const a = placed[i];
				const through = b.at > a.x && b.at < a.x + items[i].width && placed[j].lane >= a.lane;
				expect(through, `stem ${j} through label ${i}`).toBe(false);
				const sameLaneOverlap = a.lane === placed[j].lane && a.x < placed[j].x + b.width && placed[j].x < a.x + items[i].width;
				expect(sameLaneOverlap, `labels ${i} and ${j} overlap`).toBe(false);
			})
		);
	};
	it('keeps far-apart labels on the axis lane, to the right of their stems', () => {
		const placed = lanes(
			[
				{ at: 10, width: 50 },
				{ at: 200, width: 50 }
			],
			400,
			3
		);
		expect(placed).toEqual([
			{ x: 7, lane: 0 },
			{ x: 197, lane: 0 }
		]);
	});
	it('sets a label left of its stem near the right edge', () => {
		const [p] = lanes([{ at: 390, width: 60 }], 400, 3);
		expect(p.x + 60).toBeLessThanOrEqual(400);
		expect(p.lane).toBe(0);
	});
	it('lifts a label when a stem would rise through it', () => {
		const items = [
			{ at: 10, width: 80 },
			{ at: 40, width: 80 }
		];
		const placed = lanes(items, 400, 3);
		noCrossing(items, placed);
		expect(placed.map((p) => p.lane).sort()).toEqual([0, 1]);
	});
	it('never lets a stem cross a label in a crowd, dropping what does not fit', () => {
		const items = [0, 30, 60, 90, 200, 330, 350, 390].map((at) => ({ at, width: 70 }));
		const placed = lanes(items, 400, 5);
		noCrossing(items, placed);
		expect(placed.filter((p) => p.lane >= 0).length).toBeGreaterThan(4);
	});
	it('places the last two events of the war (8 and 10 November) both', () => {
		const items = [
			{ at: 1330, width: 45 },
			{ at: 1367, width: 60 }
		];
		const placed = lanes(items, 1380, 4);
		noCrossing(items, placed);
		expect(placed.every((p) => p.lane >= 0)).toBe(true);
	});
});

describe('clampLabel', () => {
	it('slides a label back inside', () => expect(clampLabel(380, 50, 400)).toBe(350));
	it('never starts before 0', () => expect(clampLabel(-5, 50, 400)).toBe(0));
});

describe('rowHeight', () => {
	it('fits rows', () => expect(rowHeight(7, 140)).toBe(20));
	it('caps tall rows', () => expect(rowHeight(2, 400)).toBe(34));
	it('keeps a minimum', () => expect(rowHeight(20, 100)).toBe(18));
});

describe('formatNumber', () => {
	it('groups thousands', () => expect(formatNumber(658000)).toBe('658,000'));
	it('rounds, and leaves short numbers alone', () => {
		expect(formatNumber(999.4)).toBe('999');
		expect(formatNumber(999.5)).toBe('1,000');
		expect(formatNumber(0)).toBe('0');
		expect(formatNumber(-0.2)).toBe('0');
	});
	it('writes what en-GB number formatting writes', () => {
		for (const n of [1, 12, 123, 1234, 12345, 123456, 1234567, 11797, 4388, -4388, -1234567, 1e9 + 0.4]) {
			expect(formatNumber(n)).toBe(Math.round(n).toLocaleString('en-GB'));
		}
	});
});

describe('lanes, the handovers on a phone', () => {
	it('places all five labels of the handover chart in three lanes at 366 px', () => {
		const ev = [
			[10, 'Ceasefire'],
			[85, "Kalbajar's first deadline"],
			[170, 'Agdam'],
			[250, 'Kalbajar (extended by 10 days)'],
			[340, 'Lachin']
		] as const;
		const placed = lanes(
			ev.map(([at, t]) => ({ at, width: t.length * 12 * 0.56 + 4 })),
			366,
			3
		);
		expect(placed.every((p) => p.lane >= 0)).toBe(true);
	});
});

describe('axisLabels', () => {
	const ticks = (ats: number[], text = '2020') => ats.map((at) => ({ tick: at, at, text }));
	const w = estimateWidth('2020', 12) * 1.1;
	it('centres each label on its tick', () => {
		expect(axisLabels(ticks([100, 300])).map((l) => l.x)).toEqual([100 - w / 2, 300 - w / 2]);
	});
	it('keeps labels inside [from, to]', () => {
		const [first, last] = axisLabels(ticks([2, 398]), { from: 0, to: 400 });
		expect(first.x).toBe(0);
		expect(last.x + w).toBeCloseTo(400);
	});
	it('leaves out a label with no room after the one before it, or after what ends at `after`', () => {
		expect(axisLabels(ticks([100, 110, 200])).map((l) => l.tick)).toEqual([100, 200]);
		expect(axisLabels(ticks([50, 200]), { after: 50 }).map((l) => l.tick)).toEqual([200]);
		const kept = axisLabels(ticks([0, 20, 40, 60, 80, 100, 120]), { gap: 8 });
		for (let i = 1; i < kept.length; i++) expect(kept[i].x).toBeGreaterThanOrEqual(kept[i - 1].x + w + 8);
	});
});
