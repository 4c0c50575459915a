import { describe, expect, it } from 'vitest';
import { geoPath, geoIdentity } from 'd3-geo';
import type { Feature, LineString, Polygon } from 'geojson';
import { thinned } from './thin';

const line = (coordinates: [number, number][]): Feature<LineString> => ({
	type: 'Feature',
	properties: {},
	geometry: { type: 'LineString', coordinates }
});
const identity = geoIdentity();

describe('thinned', () => {
	it('drops points closer than the tolerance to the last one kept, and keeps the last point', () => {
		const path = geoPath(thinned(identity, 1));
		expect(
			path(
				line([
					[0, 0],
					[0.2, 0],
					[0.5, 0],
					[1.2, 0],
					[1.5, 0],
					[1.6, 0]
				])
			)
		).toBe('M0,0L1.2,0L1.6,0');
	});
	it('keeps every point at tolerance 0', () => {
		const path = geoPath(thinned(identity, 0));
		expect(
			path(
				line([
					[0, 0],
					[0.2, 0],
					[0.5, 0]
				])
			)
		).toBe('M0,0L0.2,0L0.5,0');
	});
	it('keeps rings closed and far-apart points as they are', () => {
		const square: Feature<Polygon> = {
			type: 'Feature',
			properties: {},
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[0, 0],
						[0, 10],
						[0, 10.1],
						[10, 10],
						[10, 0],
						[0, 0]
					]
				]
			}
		};
		expect(geoPath(thinned(identity, 1))(square)).toBe('M0,0L0,10L10,10L10,0Z');
	});
});
