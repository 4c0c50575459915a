// Scale bar maths for the Mercator art: ground distance per art unit at a latitude, and a bar of a
// round number of kilometres that fits the space given. Pure; the client needs no d3-geo for it.
import { screenTransform, type View } from './camera';

const EARTH_KM = 6371.0088;

/** The art's Mercator: x = tx + k·λ, y = ty − k·ln(tan(π/4 + φ/2)), λ and φ in radians. */
export interface Mercator {
	k: number;
	tx: number;
	ty: number;
}

/** Latitude (degrees) at an art y. */
export function latitudeAt(y: number, m: Mercator): number {
	return ((2 * Math.atan(Math.exp((m.ty - y) / m.k)) - Math.PI / 2) * 180) / Math.PI;
}

/** Kilometres on the ground per art unit, along a parallel at art y. */
export function kmPerUnit(y: number, m: Mercator): number {
	return (EARTH_KM * Math.cos((latitudeAt(y, m) * Math.PI) / 180)) / m.k;
}

const NICE_KM = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];

export interface ScaleBar {
	km: number;
	/** Length on screen, px. */
	px: number;
	label: string;
}

/** The longest round-number bar no longer than maxPx, measured at the view's centre latitude. */
export function scaleBar(view: View, width: number, height: number, m: Mercator, maxPx = 110): ScaleBar {
	const pxPerUnit = screenTransform(view, width, height).k;
	const kmPerPx = kmPerUnit(view.cy, m) / pxPerUnit;
	const km = [...NICE_KM].reverse().find((n) => n / kmPerPx <= maxPx) ?? NICE_KM[0];
	return { km, px: km / kmPerPx, label: `${km} km` };
}
