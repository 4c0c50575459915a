// The towns and sites of FACTS.md "Place coordinates" (WGS84), with the district of Azerbaijan each lies in.
// Single source of truth for the map's town layer: the geodata build writes these into the topology.

import type { Place } from '../../../lib/engine/domain';

/** `unit`: the district of Azerbaijan the place lies in (null: outside the mapped districts, in Armenia, or on a border). */
export const PLACES: readonly Place[] = [
	{ id: 'stepanakert', name: 'Stepanakert', lon: 46.752, lat: 39.815, country: 'AZ', unit: 'AZ-XA' },
	{ id: 'shusha', name: 'Shusha', lon: 46.748, lat: 39.758, country: 'AZ', unit: 'AZ-SUS' },
	{ id: 'lachin', name: 'Lachin', lon: 46.547, lat: 39.64, country: 'AZ', unit: 'AZ-LAC' },
	{ id: 'kalbajar', name: 'Kalbajar', lon: 46.038, lat: 40.105, country: 'AZ', unit: 'AZ-KAL' },
	{ id: 'agdam', name: 'Agdam', lon: 46.93, lat: 39.991, country: 'AZ', unit: 'AZ-AGM' },
	{ id: 'fuzuli', name: 'Fuzuli', lon: 47.143, lat: 39.6, country: 'AZ', unit: 'AZ-FUZ' },
	{ id: 'jabrayil', name: 'Jabrayil', lon: 47.026, lat: 39.4, country: 'AZ', unit: 'AZ-CAB' },
	{ id: 'qubadli', name: 'Qubadli', lon: 46.58, lat: 39.344, country: 'AZ', unit: 'AZ-QBI' },
	{ id: 'zangilan', name: 'Zangilan', lon: 46.653, lat: 39.086, country: 'AZ', unit: 'AZ-ZAN' },
	{ id: 'hadrut', name: 'Hadrut', lon: 47.032, lat: 39.52, country: 'AZ', unit: 'AZ-XVD' },
	{ id: 'martakert', name: 'Martakert', lon: 46.82, lat: 40.21, country: 'AZ', unit: 'AZ-TAR' },
	{ id: 'martuni', name: 'Martuni', lon: 47.11, lat: 39.795, country: 'AZ', unit: 'AZ-XVD' },
	{ id: 'goris', name: 'Goris', lon: 46.338, lat: 39.511, country: 'AM', unit: null },
	{ id: 'vardenis', name: 'Vardenis', lon: 45.733, lat: 40.183, country: 'AM', unit: null },
	{ id: 'yerevan', name: 'Yerevan', lon: 44.514, lat: 40.181, country: 'AM', unit: null },
	{ id: 'baku', name: 'Baku', lon: 49.867, lat: 40.409, country: 'AZ', unit: null },
	{ id: 'ganja', name: 'Ganja', lon: 46.361, lat: 40.683, country: 'AZ', unit: null },
	{ id: 'horadiz', name: 'Horadiz', lon: 47.333, lat: 39.45, country: 'AZ', unit: 'AZ-FUZ' },
	{ id: 'dadivank', name: 'Dadivank', lon: 46.288, lat: 40.161, country: 'AZ', unit: 'AZ-KAL', approx: true },
	{
		id: 'sotk-mine',
		name: 'Sotk gold mine',
		lon: 46.0,
		lat: 40.22,
		country: null,
		unit: null,
		approx: true,
		note: 'on the border of Kalbajar District and Armenia’s Gegharkunik Province [S 79, 80]'
	}
];
