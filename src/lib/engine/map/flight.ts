// A camera move drawn as a composited layer: instead of a new viewBox on every frame (which makes the
// browser paint the whole map again each time), the art is painted once for a view that holds the whole
// flight, and each frame only scales and shifts that painting (a CSS transform, done by the compositor).
// On arrival the art takes the exact viewBox again, crisp. When a zoom-in has scaled the painting up by
// more than REBASE, the art is painted once more for what is left of the flight. Pure.
import { screenTransform, type View } from './camera';

/** How far the painting may be scaled up before it is painted again for the rest of the flight. */
export const REBASE = 2.5;

/** The smallest view of a frame's aspect (width / height) that holds all the given views. */
export function flightView(views: readonly View[], aspect: number): View {
	let x0 = Infinity;
	let y0 = Infinity;
	let x1 = -Infinity;
	let y1 = -Infinity;
	for (const v of views) {
		x0 = Math.min(x0, v.cx - v.w / 2);
		x1 = Math.max(x1, v.cx + v.w / 2);
		y0 = Math.min(y0, v.cy - v.h / 2);
		y1 = Math.max(y1, v.cy + v.h / 2);
	}
	let w = x1 - x0;
	let h = y1 - y0;
	if (aspect > 0 && Number.isFinite(aspect)) {
		if (w / h < aspect) w = h * aspect;
		else h = w / aspect;
	}
	return { cx: (x0 + x1) / 2, cy: (y0 + y1) / 2, w, h };
}

/** A CSS transform (origin at the top left, px): `translate(x, y) scale(k)`. */
export interface LayerTransform {
	x: number;
	y: number;
	k: number;
}

/**
 * The transform that makes art painted for `base` show `view` instead, both shown "xMidYMid meet" in a
 * width × height box: a point's place on screen under `view` is k × its place under `base`, plus (x, y).
 */
export function layerTransform(base: View, view: View, width: number, height: number): LayerTransform {
	const a = screenTransform(base, width, height);
	const b = screenTransform(view, width, height);
	const k = b.k / a.k;
	return { k, x: b.x - k * a.x, y: b.y - k * a.y };
}

/** The transform as a CSS value. */
export function cssTransform(t: LayerTransform): string {
	const r = (n: number) => Math.round(n * 100) / 100;
	return `translate(${r(t.x)}px, ${r(t.y)}px) scale(${Math.round(t.k * 10000) / 10000})`;
}
