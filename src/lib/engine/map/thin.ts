// Fewer points for small drawings: a projection wrapper that drops each projected point closer than
// `tolerance` (in projected units) to the last one kept, always keeping a line's last point so rings
// still close where they should. For the locator, drawn 76–132 px wide, where points a fraction of a
// pixel apart only cost bytes.
import type { GeoStream, GeoStreamWrapper } from 'd3-geo';

export function thinned(projection: GeoStreamWrapper, tolerance: number): GeoStreamWrapper {
	return {
		stream(out: GeoStream): GeoStream {
			let lastX = 0;
			let lastY = 0;
			let fresh = true;
			let pending: [number, number] | null = null;
			const thin: GeoStream = {
				point(x, y) {
					if (fresh || Math.hypot(x - lastX, y - lastY) >= tolerance) {
						out.point(x, y);
						lastX = x;
						lastY = y;
						fresh = false;
						pending = null;
					} else pending = [x, y];
				},
				lineStart() {
					fresh = true;
					pending = null;
					out.lineStart();
				},
				lineEnd() {
					if (pending) out.point(pending[0], pending[1]);
					pending = null;
					out.lineEnd();
				},
				polygonStart() {
					out.polygonStart();
				},
				polygonEnd() {
					out.polygonEnd();
				},
				sphere() {
					out.sphere?.();
				}
			};
			return projection.stream(thin);
		}
	};
}
