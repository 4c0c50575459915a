// Layout helpers for chart labels: stacking event labels into lanes so none overlap, and fitting
// horizontal bars and rows into the height there is. Pure.

export interface Span {
	/** Left edge of the label, px. */
	x: number;
	width: number;
	/** Where its stem rises from the axis, px (defaults to x). */
	at?: number;
}

/**
 * Stacks event labels into lanes above a time axis. A label sits on the lowest lane where it overlaps
 * no other label and no stem that rises through that lane (a stem rises from the axis to its own
 * label's lane). Placed from the right, so a stem never cuts a label to its right. Returns each
 * label's lane in input order; -1 when no lane is free.
 */
export function lanes(spans: readonly Span[], maxLanes: number, gap = 6): number[] {
	const order = spans.map((_, i) => i).sort((a, b) => (spans[b].at ?? spans[b].x) - (spans[a].at ?? spans[a].x));
	const placed: { x0: number; x1: number; lane: number; at: number }[] = [];
	const out = new Array<number>(spans.length).fill(-1);
	for (const i of order) {
		const s = spans[i];
		const at = s.at ?? s.x;
		const x0 = s.x;
		const x1 = s.x + s.width;
		for (let lane = 0; lane < maxLanes; lane++) {
			const clash = placed.some(
				(p) =>
					(p.lane === lane && x0 < p.x1 + gap && p.x0 < x1 + gap) || // label on label
					(p.lane >= lane && p.at > x0 - 2 && p.at < x1 + 2) || // a placed stem through this label
					(lane >= p.lane && at > p.x0 - 2 && at < p.x1 + 2) // this stem through a placed label
			);
			if (!clash) {
				placed.push({ x0, x1, lane, at });
				out[i] = lane;
				break;
			}
		}
	}
	return out;
}

/** Keeps a label of `width` px that starts at `x` inside [0, limit] by sliding it left. */
export function clampLabel(x: number, width: number, limit: number): number {
	return Math.max(0, Math.min(x, limit - width));
}

/** Row height for n rows in `height` px, between min and max. */
export function rowHeight(n: number, height: number, min = 18, max = 34): number {
	return Math.max(min, Math.min(max, Math.floor(height / Math.max(1, n))));
}

/** A figure as readers read it: 658000 → "658,000". */
export function formatNumber(n: number): string {
	return Math.round(n).toLocaleString('en-GB');
}
