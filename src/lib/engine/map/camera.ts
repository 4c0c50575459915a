// Camera maths: a view is the part of the projected art the SVG viewBox shows. Frames become views;
// moves between views zoom out and back in for long moves (van Wijk and Nuij's smooth zoom, as
// d3.interpolateZoom does); views map projected points to screen pixels for the HTML label layer
// ("xMidYMid meet" letterboxing).
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

const RHO = Math.SQRT2;
const EPSILON = 1e-12;

/** A zoom path [x, y, width] at t ∈ [0, 1], and its length S (in units where duration ∝ S). */
export interface ZoomPath {
	(t: number): [number, number, number];
	/** The path's length, van Wijk and Nuij's S. */
	S: number;
}

/**
 * The optimal zoom-and-pan path between two views (van Wijk and Nuij, "Smooth and efficient zooming
 * and panning", 2003), with ρ = √2: it zooms out while it pans, then back in, so long pans read as
 * a move across the map rather than a blur.
 */
export function zoomPath([ux0, uy0, w0]: readonly [number, number, number], [ux1, uy1, w1]: readonly [number, number, number]): ZoomPath {
	const dx = ux1 - ux0;
	const dy = uy1 - uy0;
	const d2 = dx * dx + dy * dy;
	if (d2 < EPSILON) {
		// no pan: a pure zoom, exponential in the width
		const S = Math.log(w1 / w0) / RHO;
		const path = ((t: number) => [ux0 + t * dx, uy0 + t * dy, w0 * Math.exp(RHO * t * S)]) as ZoomPath;
		path.S = Math.abs(S);
		return path;
	}
	const d = Math.sqrt(d2);
	const b0 = (w1 * w1 - w0 * w0 + RHO ** 4 * d2) / (2 * w0 * RHO ** 2 * d);
	const b1 = (w1 * w1 - w0 * w0 - RHO ** 4 * d2) / (2 * w1 * RHO ** 2 * d);
	const r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0);
	const r1 = Math.log(Math.sqrt(b1 * b1 + 1) - b1);
	const S = (r1 - r0) / RHO;
	const path = ((t: number) => {
		const s = t * S;
		const coshr0 = Math.cosh(r0);
		// distance travelled along the pan, in art units
		const u = (w0 / RHO ** 2) * (coshr0 * Math.tanh(RHO * s + r0) - Math.sinh(r0));
		return [ux0 + (u * dx) / d, uy0 + (u * dy) / d, (w0 * coshr0) / Math.cosh(RHO * s + r0)];
	}) as ZoomPath;
	path.S = S;
	return path;
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
	const zoom = zoomPath([a.cx, a.cy, a.w], [b.cx, b.cy, b.w]);
	const ra = a.h / a.w;
	const rb = b.h / b.w;
	const move = ((t: number) => {
		if (t <= 0) return a;
		if (t >= 1) return b;
		const [cx, cy, w] = zoom(t);
		return { cx, cy, w, h: w * (ra + (rb - ra) * t) };
	}) as ViewMove;
	// d3.interpolateZoom's suggested duration is S × 1000 ms; moves here take 0.6 of that, bounded
	move.duration = Math.min(MAX_MS, Math.max(MIN_MS, zoom.S * 600));
	return move;
}

/** Cubic ease in and out (the camera's easing): slow, fast, slow. */
export function easeCubicInOut(t: number): number {
	return t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;
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
