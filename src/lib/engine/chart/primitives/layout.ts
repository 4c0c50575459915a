// Layout helpers for chart labels: stacking event labels into lanes so none overlap, an axis's labels
// kept inside the chart and off each other, and fitting horizontal bars and rows into the height there
// is. Pure.
import { estimateWidth } from '../../text/widths';

export interface EventLabel {
	/** Where its stem rises from the axis, px. */
	at: number;
	/** The label's width, px. */
	width: number;
}

export interface PlacedEventLabel {
	/** Left edge of the label, px. */
	x: number;
	/** Lane above the axis (0 nearest); -1 when it could not be placed. */
	lane: number;
}

/**
 * Stacks event labels above a time axis. Each label sits beside its stem, to the right or to the
 * left, whichever spans fewer other stems; a stem rises from the axis to its own
 * label's lane. Lanes are raised until no label overlaps another in its lane and no stem rises through
 * a label (a label must sit above every stem it spans). Labels that would need more than `maxLanes`
 * lanes are dropped (-1). Results in input order.
 */
export function lanes(items: readonly EventLabel[], limit: number, maxLanes: number, gap = 6): PlacedEventLabel[] {
	const order = items.map((_, i) => i).sort((a, b) => items[a].at - items[b].at);
	const x = new Array<number>(items.length);
	// beside the stem, on the side that spans fewer other stems (right wins a tie), inside [0, limit]
	const stemsUnder = (i: number, left: number) =>
		items.filter((o, j) => j !== i && o.at > left - 2 && o.at < left + items[i].width + 2).length;
	order.forEach((i) => {
		const { at, width } = items[i];
		const start = Math.max(0, Math.min(at - 3, limit - width));
		const end = Math.max(0, Math.min(at - width + 3, limit - width));
		x[i] = stemsUnder(i, end) < stemsUnder(i, start) ? end : start;
	});
	const lane = new Array<number>(items.length).fill(0);
	const spans = (i: number, at: number) => at > x[i] - 2 && at < x[i] + items[i].width + 2;
	for (let round = 0, changed = true; changed && round < items.length * (maxLanes + 1); round++) {
		changed = false;
		for (const i of order) {
			for (const j of order) {
				if (i === j) continue;
				// a stem rising through label i: i goes above j
				if (spans(i, items[j].at) && lane[i] <= lane[j]) {
					lane[i] = lane[j] + 1;
					changed = true;
				}
				// two labels side by side in one lane, neither over the other's stem: the right one goes up
				const overlap = x[i] < x[j] + items[j].width + gap && x[j] < x[i] + items[i].width + gap;
				const free = !spans(i, items[j].at) && !spans(j, items[i].at);
				if (lane[i] === lane[j] && overlap && free && items[j].at > items[i].at) {
					lane[j] += 1;
					changed = true;
				}
			}
		}
	}
	return items.map((_, i) => ({ x: x[i], lane: lane[i] < maxLanes ? lane[i] : -1 }));
}

/** Keeps a label of `width` px that starts at `x` inside [0, limit] by sliding it left. */
export function clampLabel(x: number, width: number, limit: number): number {
	return Math.max(0, Math.min(x, limit - width));
}

export interface AxisLabel<T> {
	/** What the label marks (a tick). */
	tick: T;
	text: string;
	/** Left edge, px. */
	x: number;
}

/**
 * An axis's labels, each centred on its tick (`at`, px) but kept inside [from, to], and none over the
 * one before it or over what ends at `after` (`gap` px apart): a label without room is left out. Widths
 * are estimated at 12 px, times `factor` for a font that runs wider than the estimate.
 */
export function axisLabels<T>(
	ticks: readonly { tick: T; at: number; text: string }[],
	{
		from = -Infinity,
		to = Infinity,
		after = -Infinity,
		gap = 8,
		factor = 1.1
	}: { from?: number; to?: number; after?: number; gap?: number; factor?: number } = {}
): AxisLabel<T>[] {
	let end = after;
	return ticks.flatMap(({ tick, at, text }) => {
		const w = estimateWidth(text, 12) * factor;
		const x = Math.max(from, Math.min(at - w / 2, to - w));
		if (x < end + gap) return [];
		end = x + w;
		return [{ tick, text, x }];
	});
}

/** Row height for n rows in `height` px, between min and max. */
export function rowHeight(n: number, height: number, min = 18, max = 34): number {
	return Math.max(min, Math.min(max, Math.floor(height / Math.max(1, n))));
}

/**
 * A figure as readers read it: 658000 → "658,000", rounded to a whole number. Grouped by hand:
 * `toLocaleString` builds a number formatter on every call, a cost hydration paid for each table cell.
 */
export function formatNumber(n: number): string {
	const whole = Math.round(n);
	const digits = String(Math.abs(whole));
	const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',');
	return whole < 0 ? `-${grouped}` : grouped;
}
