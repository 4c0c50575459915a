// Schematic arrows for the offensives a step describes: a gentle curve from one place to another,
// ending short of the target, with a separate arrowhead sized for the step's view (strokes do not
// scale with the zoom, but the head is drawn in art units). Pure.

export type Point = readonly [number, number];

export interface ArrowShape {
	/** The shaft, an SVG path (quadratic curve). */
	d: string;
	/** The head, a closed triangle whose tip is the arrow's end. */
	head: string;
	/** The tip, in art units. */
	tip: Point;
}

const r = (n: number) => Math.round(n * 10) / 10;

/**
 * An arrow from `a` towards `b`: it bends to the left of travel by `bend` × its length and stops
 * `gap` art units short of `b` (so it points at the place rather than covering it).
 */
export function arrowShape(a: Point, b: Point, head: number, bend = 0.15, gap = head * 0.6): ArrowShape {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const len = Math.hypot(dx, dy) || 1;
	const ux = dx / len;
	const uy = dy / len;
	// control point: the midpoint pushed to the left of travel (screen y down: left is (uy, -ux))
	const cx = a[0] + dx / 2 + uy * bend * len;
	const cy = a[1] + dy / 2 - ux * bend * len;
	const tip: Point = [b[0] - ux * gap, b[1] - uy * gap];
	// the curve's direction at its end is from the control point to the tip
	const tx = tip[0] - cx;
	const ty = tip[1] - cy;
	const tl = Math.hypot(tx, ty) || 1;
	const vx = tx / tl;
	const vy = ty / tl;
	const base: Point = [tip[0] - vx * head, tip[1] - vy * head];
	const w = head * 0.55;
	const left: Point = [base[0] + vy * w, base[1] - vx * w];
	const right: Point = [base[0] - vy * w, base[1] + vx * w];
	return {
		d: `M${r(a[0])},${r(a[1])}Q${r(cx)},${r(cy)} ${r(base[0])},${r(base[1])}`,
		head: `M${r(tip[0])},${r(tip[1])}L${r(left[0])},${r(left[1])}L${r(right[0])},${r(right[1])}Z`,
		tip
	};
}
