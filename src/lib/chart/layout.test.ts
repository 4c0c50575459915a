import { describe, expect, it } from 'vitest';
import { clampLabel, formatNumber, lanes, rowHeight } from './layout';

describe('lanes', () => {
	it('keeps apart labels on one lane', () => expect(lanes([{ x: 0, width: 50 }, { x: 100, width: 50 }], 3)).toEqual([0, 0]));
	it('lifts a label whose span another stem rises through', () =>
		// the second event's stem at x = 40 rises through the first label: the first goes up a lane
		expect(lanes([{ x: 0, width: 80 }, { x: 40, width: 80 }], 3)).toEqual([1, 0]));
	it('drops a label when every lane is taken', () =>
		expect(lanes([{ x: 0, width: 100 }, { x: 10, width: 100 }, { x: 20, width: 100 }], 2)).toEqual([-1, 1, 0]));
	it('never lets a stem cross a label', () => {
		const spans = [0, 30, 60, 90, 200].map((x) => ({ x, width: 70 }));
		const lane = lanes(spans, 6);
		spans.forEach((a, i) =>
			spans.forEach((b, j) => {
				if (i === j || lane[i] < 0 || lane[j] < 0) return;
				const crosses = b.x > a.x && b.x < a.x + a.width && lane[j] >= lane[i];
				expect(crosses, `stem ${j} through label ${i}`).toBe(false);
			})
		);
	});
	it('uses the stem position when the label is shifted', () =>
		expect(lanes([{ x: 300, width: 90, at: 380 }, { x: 250, width: 40, at: 250 }], 3)).toEqual([0, 0]));
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
});
