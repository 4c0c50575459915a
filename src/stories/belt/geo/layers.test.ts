// Tests for the hand-drawn layer files: each has its "about" header citing FACTS.md and saying it is
// approximate; the parsers reject malformed layers with a message naming the file and field.

import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { closeVia, parseLineLayer, parsePolygonLayer, sideRing } from '../../../lib/engine/geo/build/layers';

const dir = fileURLToPath(new URL('./layers/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.geojson'));

describe('layer files', () => {
	it('are the five expected layers', () => {
		expect(files.sort()).toEqual([
			'contact-1994.geojson',
			'lachin-road.geojson',
			'line-2020.geojson',
			'nkao.geojson',
			'vardenis-road.geojson'
		]);
	});
	it.each(files)('%s has an about header citing FACTS.md, marked approximate, id = file name', (f) => {
		const json = JSON.parse(readFileSync(dir + f, 'utf8'));
		expect(json.about.shows.length).toBeGreaterThan(10);
		expect(json.about.sources.length).toBeGreaterThan(0);
		for (const s of json.about.sources) expect(s).toMatch(/^FACTS\.md: /);
		expect(json.about.precision).toMatch(/^approximate/);
		expect(json.properties.id).toBe(f.replace('.geojson', ''));
	});
});

describe('layer parsers', () => {
	const good = readFileSync(dir + 'lachin-road.geojson', 'utf8');
	const bad: { name: string; args: [string]; expected: string }[] = [
		{ name: 'not JSON', args: ['{'], expected: 'geo: layer x.geojson: not valid JSON' },
		{ name: 'no about', args: [JSON.stringify({ ...JSON.parse(good), about: undefined })], expected: 'geo: layer x.geojson: about:' },
		{
			name: 'a point as a line',
			args: [JSON.stringify({ ...JSON.parse(good), geometry: { type: 'Point', coordinates: [46, 40] } })],
			expected: 'geo: layer x.geojson: geometry.type:'
		},
		{
			name: 'latitude out of range',
			args: [
				JSON.stringify({
					...JSON.parse(good),
					geometry: {
						type: 'LineString',
						coordinates: [
							[46, 40],
							[46, 140]
						]
					}
				})
			],
			expected: 'geo: layer x.geojson: geometry.coordinates.1.1:'
		}
	];
	it.each(bad)('rejects $name', ({ args, expected }) => {
		expect(() => parseLineLayer(args[0], 'x.geojson', 'lachin-road')).toThrow(expected);
	});
	it('rejects a line where a polygon is expected', () => {
		expect(() => parsePolygonLayer(good, 'x.geojson', 'lachin-road')).toThrow('geo: layer x.geojson: geometry.type:');
	});
	it('requires closeVia for a line that splits areas', () => {
		const l = parseLineLayer(good, 'x.geojson', 'lachin-road');
		expect(() => closeVia(l, 'x.geojson')).toThrow('geo: layer x.geojson: about.closeVia must be a list of [lon, lat]');
	});
	it('closes a side ring through closeVia back to the start', () => {
		expect(
			sideRing(
				[
					[0, 0],
					[1, 0]
				],
				[
					[1, 1],
					[0, 1]
				]
			)
		).toEqual([
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 1],
			[0, 0]
		]);
	});
});
