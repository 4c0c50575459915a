// Camera maths: a view is the part of the projected art the SVG viewBox shows. Frames become views;
// moves between views follow d3.interpolateZoom (zooming out and in for long moves); views map
// projected points to screen pixels for the HTML label layer ("xMidYMid meet" letterboxing).
import { interpolateZoom } from 'd3-interpolate';
import type { PxBox } from './projection';

/** Centre and size of the shown area, in projected units. */
export interface View {
	cx: number;
	cy: number;
	w: number;
	h: number;
}

/** The view that shows a box with a margin of `pad` (a fraction of its size) on every side. */
export function viewForBox([x0, y0, x1, y1]: PxBox, pad = 0.06): View {
	const w = (x1 - x0) * (1 + 2 * pad);
	const h = (y1 - y0) * (1 + 2 * pad);
	return { cx: (x0 + x1) / 2, cy: (y0 + y1) / 2, w, h };
}

/** The SVG viewBox attribute of a view, rounded to 0.1 unit. */
export function viewBoxOf(v: View): string {
	const r = (n: number) => Math.round(n * 10) / 10;
	return `${r(v.cx - v.w / 2)} ${r(v.cy - v.h / 2)} ${r(v.w)} ${r(v.h)}`;
}

export interface ViewMove {
	(t: number): View;
	/** Suggested duration in ms, longer for longer moves (clamped). */
	duration: number;
}

const MIN_MS = 450;
const MAX_MS = 1400;

/**
 * A smooth move between two views: centre and width follow interpolateZoom (van Wijk & Nuij), the
 * aspect ratio eases from one to the other.
 */
export function moveBetween(a: View, b: View): ViewMove {
	const zoom = interpolateZoom([a.cx, a.cy, a.w], [b.cx, b.cy, b.w]);
	const ra = a.h / a.w;
	const rb = b.h / b.w;
	const move = ((t: number) => {
		if (t <= 0) return a;
		if (t >= 1) return b;
		const [cx, cy, w] = zoom(t);
		return { cx, cy, w, h: w * (ra + (rb - ra) * t) };
	}) as ViewMove;
	move.duration = Math.min(MAX_MS, Math.max(MIN_MS, zoom.duration * 0.6));
	return move;
}

/** Screen pixels per projected unit, and the offset, for a view shown "xMidYMid meet" in a box. */
export function screenTransform(v: View, width: number, height: number): { k: number; x: number; y: number } {
	const k = Math.min(width / v.w, height / v.h);
	return { k, x: width / 2 - v.cx * k, y: height / 2 - v.cy * k };
}

/** A projected point in screen pixels of the map box. */
export function toScreen(p: readonly [number, number], v: View, width: number, height: number): [number, number] {
	const t = screenTransform(v, width, height);
	return [p[0] * t.k + t.x, p[1] * t.k + t.y];
}
