// The story's control model: who held the map's atomic areas (the `areas` object of region.topo.json,
// built by src/stories/belt/geo/areas.ts) on any day, the towns the sources date apart from their areas, and the
// notes the map shows while they apply. Every event cites FACTS.md; the rules are in ../control/model.ts.
//
// Conventions (each one is also a note on the map while it applies):
// - Holder 'az' = Azerbaijan (before 1992: the Soviet Azerbaijani administration); 'arm' = Armenian forces /
//   the self-declared Nagorno-Karabakh republic; 'contested' = fought over, front not mapped.
// - The fighting inside the former NKAO in 1988–1994 is not mapped: the parts Armenian forces held in
//   1994–2020 are shown from 18 May 1992 (the opening of the Lachin corridor, FACTS.md).
// - Areas are split by the 1994–2020 line of contact and the line of 10 November 2020.
// - The war of 27 September – 10 November 2020: the front lines are not mapped. The areas Azerbaijan
//   held by the ceasefire are 'contested' from 27 September and Azerbaijani from 10 November (FACTS.md,
//   line of 10 November 2020); towns change on the dates Azerbaijan announced their capture.
// - From the offensive of 19–20 September 2023, control is 'unmapped' (FACTS.md states none).
import { createControlModel, type ControlModel, type ControlSpec } from '../../../lib/engine/control/model';

export const AREA_IDS = [
	'kalbajar',
	'lachin-north',
	'lachin-south',
	'qubadli',
	'zangilan',
	'jabrayil',
	'agdam-west',
	'agdam-east',
	'fuzuli-west',
	'fuzuli-east',
	'nkao-core',
	'nkao-east',
	'nkao-south',
	'shusha',
	'talish'
] as const;

export type AreaId = (typeof AREA_IDS)[number];

/** 'az' = Azerbaijan; 'arm' = Armenian forces / Nagorno-Karabakh. */
export type Side = 'az' | 'arm';
export type Holder = Side | 'contested' | 'unmapped';

/** The areas Azerbaijan held on 10 November 2020 that Armenian forces had held before the war. */
const TAKEN_IN_2020: readonly AreaId[] = [
	'jabrayil',
	'fuzuli-west',
	'zangilan',
	'qubadli',
	'lachin-south',
	'nkao-south',
	'shusha',
	'talish'
];

export const FIRST_DATE = '1988-01-01';
export const LAST_DATE = '2023-12-31';

export const CONTROL: ControlSpec<AreaId, Side> = {
	areas: AREA_IDS,
	initial: 'az',
	first: FIRST_DATE,
	last: LAST_DATE,
	events: [
		{
			when: '1992-05-18',
			areas: ['lachin-north', 'lachin-south'],
			holder: 'arm',
			source: 'S',
			label: 'Armenian forces occupy Lachin, opening the Lachin corridor'
		},
		{
			when: '1992-05-18',
			areas: ['nkao-core', 'nkao-south', 'shusha', 'talish'],
			holder: 'arm',
			source: 'convention',
			label: 'Former NKAO: the parts Armenian forces held until 2020',
			note: 'FACTS.md, mapping convention: the fighting inside the former NKAO in 1988–1994 is not mapped; its 1994–2020 Armenian-held parts are shown from the opening of the Lachin corridor.'
		},
		{
			when: '1993-04-05',
			areas: ['kalbajar'],
			holder: 'arm',
			source: 'S',
			label: 'Kalbajar district occupied (offensive from 27 March 1993)'
		},
		{ when: '1993-07-23', areas: ['agdam-west'], holder: 'arm', source: 'S', label: 'Agdam occupied' },
		{ when: '1993-08-23', areas: ['fuzuli-west', 'jabrayil'], holder: 'arm', source: 'C', label: 'Fuzuli and Jabrayil occupied' },
		{ when: '1993-08-31', areas: ['qubadli'], holder: 'arm', source: 'C', label: 'Qubadli occupied' },
		{ when: '1993-10', part: 'late', areas: ['zangilan'], holder: 'arm', source: 'C', label: 'Zangilan occupied (late October 1993)' },
		{
			when: '2020-09-27',
			areas: TAKEN_IN_2020,
			holder: 'contested',
			source: 'convention',
			label: 'War: the areas Azerbaijan held by the ceasefire, fought over',
			note: 'FACTS.md gives the line of 10 November 2020, not the front lines of the war: these areas are shown as fought over from the first day of the war.'
		},
		{
			when: '2020-11-10',
			areas: TAKEN_IN_2020,
			holder: 'az',
			source: 'S 15; C',
			label: 'Ceasefire from 00:00 Moscow time: the line of 10 November 2020'
		},
		{ when: '2020-11-20', areas: ['agdam-west'], holder: 'az', source: 'S 59, 60', label: 'Agdam district handed over' },
		{ when: '2020-11-25', areas: ['kalbajar'], holder: 'az', source: 'S 71', label: 'Kalbajar district handed over' },
		{
			when: '2020-12-01',
			areas: ['lachin-north'],
			holder: 'az',
			source: 'S 89',
			label: 'Azerbaijani forces enter Lachin district',
			note: 'The corridor road through Lachin town stays under Russian peacekeepers (S 86, 87): a line on the map, not an area.'
		},
		{
			when: '2023-09-19',
			areas: ['nkao-core'],
			holder: 'unmapped',
			source: 'convention',
			label: 'Azerbaijan’s offensive of 19–20 September 2023',
			note: 'FACTS.md states no control after the offensive: not mapped.'
		}
	],
	towns: [
		{
			when: '1993-10',
			part: 'late',
			town: 'horadiz',
			area: 'fuzuli-east',
			holder: 'arm',
			source: 'C',
			label: 'Horadiz (Goradiz) overrun with Zangilan district; UNSC Resolution 884'
		},
		{
			when: '1994-01-07',
			town: 'horadiz',
			area: 'fuzuli-east',
			holder: 'az',
			said: 'az',
			source: 'C',
			label: 'Azerbaijan says it has retaken Horadiz (AP, 7 January 1994)'
		},
		{ when: '2020-10', part: 'early', town: 'jabrayil', area: 'jabrayil', holder: 'az', said: 'az', source: 'C', label: 'Jabrayil town' },
		{ when: '2020-10-09', town: 'hadrut', area: 'nkao-south', holder: 'az', said: 'az', source: 'C', label: 'Hadrut' },
		{ when: '2020-10-17', town: 'fuzuli', area: 'fuzuli-west', holder: 'az', said: 'az', source: 'C', label: 'Fuzuli town' },
		{ when: '2020-10-20', town: 'zangilan', area: 'zangilan', holder: 'az', said: 'az', source: 'C', label: 'Zangilan town' },
		{
			when: '2020-10-25',
			town: 'qubadli',
			area: 'qubadli',
			holder: 'az',
			said: 'az',
			source: 'S 36',
			label: 'Qubadli, the district’s centre (Azerbaijan released footage)'
		},
		{ when: '2020-11-08', town: 'shusha', area: 'shusha', holder: 'az', said: 'az', source: 'C', label: 'Shusha' }
	],
	notes: [
		{
			from: '1992-05-18',
			to: '1994-05-12',
			text: 'Fighting inside the former NKAO before the 1994 ceasefire is not mapped: the parts Armenian forces held in 1994–2020 are shown from May 1992.',
			source: 'FACTS.md, mapping convention [C]'
		},
		{
			from: '1993-10-31',
			to: '1994-01-07',
			text: 'Horadiz was overrun in late October 1993; the land taken around it is not mapped.',
			source: 'FACTS.md, Horadiz (Goradiz) [C]'
		},
		{
			from: '2020-09-27',
			to: '2020-11-10',
			text: 'Front lines of the war are not mapped: hatched areas are those Azerbaijan held at the ceasefire; towns change on the dates Azerbaijan announced.',
			source: 'FACTS.md, Second war [C]'
		},
		{
			from: '2020-10-22',
			to: '2020-11-10',
			text: '22 October: Azerbaijan announced control of the whole Iran border section.',
			source: 'FACTS.md, Second war [C]'
		},
		{
			from: '2023-09-19',
			to: '2024-01-01',
			text: 'Control after Azerbaijan’s offensive of 19–20 September 2023 is not mapped.',
			source: 'FACTS.md, Afterwards [C]'
		}
	]
};

/** The model over this story's events (the engine builds the same from CONTROL in the page). */
export const control: ControlModel<AreaId, Side> = createControlModel(CONTROL);

/** Holder of every area on `date` ('YYYY-MM-DD'). The record is shared between callers, so it is frozen. */
export const controlAt = (date: string) => control.controlAt(date);

/** km² held by `holder` on `date`, given each area's km² (the `km2` property of the topology's areas). */
export function areasHeldBy(date: string, holder: Holder, areaKm2: Readonly<Record<AreaId, number>>): number {
	const c = controlAt(date);
	let sum = 0;
	for (const id of AREA_IDS) {
		const km2 = areaKm2[id];
		if (typeof km2 !== 'number' || !Number.isFinite(km2)) throw new Error(`areasHeldBy: no km² for area "${id}"`);
		if (c[id] === holder) sum += km2;
	}
	return sum;
}
