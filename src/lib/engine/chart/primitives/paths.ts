// SVG path strings for step charts: a value holds until the next change (a "step after" line) and the
// area under it. Pure; two decimals are plenty at screen scale.

export type Point = readonly [number, number];

const r = (n: number) => Math.round(n * 100) / 100;

/** A line that holds each point's y until the next point's x, then steps to its y. */
export function stepLine(points: readonly Point[]): string {
	if (points.length === 0) return '';
	let d = `M${r(points[0][0])},${r(points[0][1])}`;
	for (let i = 1; i < points.length; i++) d += `H${r(points[i][0])}V${r(points[i][1])}`;
	return d;
}

/** The area between a step line and a baseline y. */
export function stepArea(points: readonly Point[], baseline: number): string {
	if (points.length === 0) return '';
	return `${stepLine(points)}V${r(baseline)}H${r(points[0][0])}Z`;
}

/** The band between two step lines over the same xs (`top[i]` and `bottom[i]` share an x). */
export function stepBand(top: readonly Point[], bottom: readonly Point[]): string {
	if (top.length === 0 || top.length !== bottom.length) return '';
	let d = `${stepLine(top)}V${r(bottom[bottom.length - 1][1])}`;
	for (let i = bottom.length - 2; i >= 0; i--) d += `V${r(bottom[i][1])}H${r(bottom[i][0])}`;
	return `${d}Z`;
}
