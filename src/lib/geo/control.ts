// "Who controlled what on date D": one pure function over dated events and the map's atomic areas
// (the `areas` object of region.topo.json, built by scripts/geo/areas.ts). Every event cites FACTS.md.
//
// Conventions (say them on the page where it matters):
// - Holder 'az' = Azerbaijan (before 1992: the Soviet Azerbaijani administration); 'arm' = Armenian forces /
//   the self-declared Nagorno-Karabakh republic.
// - Valid for 1988-01-01 … 2023-12-31. Before the first event everything is 'az'.
// - An event takes effect on its own date (controlAt('1993-04-05').kalbajar === 'arm').
// - The fighting inside the former NKAO in 1988–1994 is not modelled: the parts of the NKAO that Armenian
//   forces held from 1994 to 2020 are shown as 'arm' from 18 May 1992 (the opening of the Lachin corridor
//   between Nagorno-Karabakh and Armenia, FACTS.md), flagged `convention`.
// - Areas are split by the 1994–2020 line of contact, so the east of Agdam and Fuzuli districts and the
//   east of the former NKAO stay 'az' throughout. FACTS.md: Horadiz (east Fuzuli) was retaken in January
//   1994; that short episode is not modelled.
// - Dates FACTS.md gives only loosely are pinned to one day and flagged `approx` (see each event's note).
// - The Lachin corridor road stayed under Russian peacekeepers after 1 December 2020 (FACTS.md); it is a
//   line on the map (`lachin-road`), not an area with its own holder.

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
export type Holder = 'az' | 'arm';

export interface ControlEvent {
	/** 'YYYY-MM-DD'; the change holds from this day on. */
	readonly date: string;
	readonly areas: readonly AreaId[];
	readonly holder: Holder;
	/** Neutral one-line description, for captions and the chart. */
	readonly label: string;
	/** FACTS.md source tag: 'S' (with reference numbers where given), 'C', or 'convention'. */
	readonly source: string;
	/** The day is pinned within a looser FACTS.md date (see `note`). */
	readonly approx?: boolean;
	readonly note?: string;
}

export const FIRST_DATE = '1988-01-01';
export const LAST_DATE = '2023-12-31';

export const CONTROL_EVENTS: readonly ControlEvent[] = [
	{
		date: '1992-05-18',
		areas: ['lachin-north', 'lachin-south'],
		holder: 'arm',
		label: 'Armenian forces occupy Lachin, opening the Lachin corridor',
		source: 'S'
	},
	{
		date: '1992-05-18',
		areas: ['nkao-core', 'nkao-south', 'shusha', 'talish'],
		holder: 'arm',
		label: 'Former NKAO: the parts Armenian forces held until 2020',
		source: 'convention',
		note: 'Map convention: the fighting inside the former NKAO in 1988–1994 is not modelled; its 1994–2020 Armenian-held parts are shown from the opening of the Lachin corridor.'
	},
	{
		date: '1993-04-05',
		areas: ['kalbajar'],
		holder: 'arm',
		label: 'Kalbajar district occupied (offensive from 27 March 1993)',
		source: 'S'
	},
	{ date: '1993-07-23', areas: ['agdam-west'], holder: 'arm', label: 'Agdam occupied', source: 'S' },
	{ date: '1993-08-23', areas: ['fuzuli-west', 'jabrayil'], holder: 'arm', label: 'Fuzuli and Jabrayil occupied', source: 'C' },
	{ date: '1993-08-31', areas: ['qubadli'], holder: 'arm', label: 'Qubadli occupied', source: 'C' },
	{
		date: '1993-10-30',
		areas: ['zangilan'],
		holder: 'arm',
		label: 'Zangilan occupied (late October 1993)',
		source: 'C',
		approx: true,
		note: 'FACTS.md gives "late October 1993"; pinned to 30 October.'
	},
	{
		date: '2020-10-01',
		areas: ['talish'],
		holder: 'az',
		label: 'Talish and Madagiz taken by Azerbaijani forces',
		source: 'C',
		approx: true,
		note: 'FACTS.md: Armenian-held "until October 2020"; shown from 1 October, the earliest day that fits.'
	},
	{
		date: '2020-10-04',
		areas: ['jabrayil'],
		holder: 'az',
		label: 'Jabrayil: capture announced by Azerbaijan (early October)',
		source: 'C',
		approx: true,
		note: 'FACTS.md gives "early October"; pinned to 4 October. The whole district is shown from this date.'
	},
	{
		date: '2020-10-09',
		areas: ['nkao-south'],
		holder: 'az',
		label: 'Hadrut: capture announced by Azerbaijan',
		source: 'C',
		approx: true,
		note: 'The whole south of the former NKAO is shown from the announced capture of Hadrut.'
	},
	{
		date: '2020-10-17',
		areas: ['fuzuli-west'],
		holder: 'az',
		label: 'Fuzuli town: capture announced by Azerbaijan',
		source: 'C'
	},
	{
		date: '2020-10-20',
		areas: ['zangilan'],
		holder: 'az',
		label: 'Zangilan town: capture announced by Azerbaijan',
		source: 'C'
	},
	{
		date: '2020-10-22',
		areas: ['jabrayil', 'zangilan', 'fuzuli-west'],
		holder: 'az',
		label: 'The whole Iran border section: control announced by Azerbaijan',
		source: 'C'
	},
	{ date: '2020-10-25', areas: ['qubadli'], holder: 'az', label: 'Azerbaijani forces seize Qubadli', source: 'S 36' },
	{
		date: '2020-11-08',
		areas: ['shusha'],
		holder: 'az',
		label: 'Shusha: capture announced by Azerbaijan',
		source: 'C'
	},
	{
		date: '2020-11-10',
		areas: ['lachin-south'],
		holder: 'az',
		label: 'Ceasefire from 00:00 Moscow time; the south of Lachin district held by Azerbaijan',
		source: 'S 41–44',
		approx: true,
		note: 'FACTS.md: after 25 October Azerbaijani forces entered Lachin district; no date is given, so the south of the district is shown from the ceasefire.'
	},
	{ date: '2020-11-20', areas: ['agdam-west'], holder: 'az', label: 'Agdam district handed over', source: 'S 59, 60' },
	{ date: '2020-11-25', areas: ['kalbajar'], holder: 'az', label: 'Kalbajar district handed over', source: 'S 71' },
	{
		date: '2020-12-01',
		areas: ['lachin-north'],
		holder: 'az',
		label: 'Azerbaijani forces enter Lachin district',
		source: 'S 89',
		note: 'The corridor road through Lachin town stays under Russian peacekeepers (S 86, 87); not modelled as an area.'
	},
	{
		date: '2023-09-20',
		areas: AREA_IDS,
		holder: 'az',
		label: 'After the offensive of 19–20 September 2023, all under Azerbaijani control',
		source: 'C'
	}
];

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Throws naming the value if `date` is not a real 'YYYY-MM-DD' day within FIRST_DATE … LAST_DATE. */
export function checkDate(date: string): void {
	const m = DATE_RE.exec(date);
	const ok =
		m !== null &&
		(() => {
			const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
			return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
		})();
	if (!ok) throw new Error(`controlAt: bad date "${date}" (expected a real day as YYYY-MM-DD)`);
	if (date < FIRST_DATE || date > LAST_DATE)
		throw new Error(`controlAt: date "${date}" is outside ${FIRST_DATE} … ${LAST_DATE}`);
}

// the map asks again on every frame of a step that scrubs time; the answers are few and never change
const known = new Map<string, Readonly<Record<AreaId, Holder>>>();
const KNOWN_MAX = 2000;

/**
 * Holder of every area on `date` ('YYYY-MM-DD'): the events up to and including that day, applied in
 * order. The record is shared between callers, so it is frozen.
 */
export function controlAt(date: string): Readonly<Record<AreaId, Holder>> {
	let control = known.get(date);
	if (!control) {
		checkDate(date);
		if (known.size >= KNOWN_MAX) known.clear();
		control = Object.freeze(computeControl(date));
		known.set(date, control);
	}
	return control;
}

function computeControl(date: string): Record<AreaId, Holder> {
	const out = Object.fromEntries(AREA_IDS.map((id) => [id, 'az' as Holder])) as Record<AreaId, Holder>;
	for (const e of CONTROL_EVENTS) {
		if (e.date > date) break;
		for (const a of e.areas) out[a] = e.holder;
	}
	return out;
}

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

/** The events on `date` exactly (for captions). */
export function eventsOn(date: string): readonly ControlEvent[] {
	checkDate(date);
	return CONTROL_EVENTS.filter((e) => e.date === date);
}
