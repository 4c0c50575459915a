// A linear scale for the charts: domain → range, optionally clamped and "niced", with round ticks.
// Ours rather than d3-scale's because d3-scale's linear scale brings d3-interpolate's colour parsing
// and d3-format into the page for nothing these charts use (about 8 KB gzip); the tick and nice
// arithmetic is d3-array's.
import { nice as niceDomain, ticks as arrayTicks } from 'd3-array';

export interface LinearScale {
	(value: number): number;
	domain: readonly [number, number];
	range: readonly [number, number];
	/** About `count` round values across the domain. */
	ticks(count?: number): number[];
}

export interface LinearOptions {
	/** Keep outputs inside the range. */
	clamp?: boolean;
	/** Extend the domain to round values (for about `nice` ticks). */
	nice?: number;
}

export function linear(domain: readonly [number, number], range: readonly [number, number], options: LinearOptions = {}): LinearScale {
	const [d0, d1] = options.nice ? (niceDomain(domain[0], domain[1], options.nice) as [number, number]) : domain;
	const [r0, r1] = range;
	const span = d1 - d0 || 1;
	const scale = ((value: number) => {
		let t = (value - d0) / span;
		if (options.clamp) t = Math.min(1, Math.max(0, t));
		return r0 + t * (r1 - r0);
	}) as LinearScale;
	scale.domain = [d0, d1];
	scale.range = range;
	scale.ticks = (count = 10) => arrayTicks(d0, d1, count);
	return scale;
}
