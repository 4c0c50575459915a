// The map's vocabulary for the content file: named frames (what a step can frame) and the optional
// layers a step can switch on. The schema accepts exactly these; the map draws exactly these.

/** A lon/lat box: [west, south, east, north], degrees. */
export type LonLatBox = readonly [number, number, number, number];

/**
 * Named frames. Boxes are drawn around FACTS.md's place coordinates with a margin; a step can also
 * frame a district by its ISO 3166-2 code, whose box comes from the district polygon.
 */
export const FRAMES = {
	/** The whole mapped region: Armenia's east, Azerbaijan's west, Iran's north. */
	region: [44.0, 38.3, 48.5, 41.2],
	/** The former NKAO with the seven districts around it. */
	karabakh: [45.55, 38.85, 47.55, 40.45],
	/** Goris – Lachin – Stepanakert. */
	corridor: [46.15, 39.38, 46.98, 39.98],
	/** Kalbajar and the Vardenis – Martakert road. */
	north: [45.6, 39.8, 47.0, 40.45],
	/** Fuzuli, Jabrayil, Qubadli and Zangilan, down to the Aras. */
	south: [46.3, 38.85, 47.45, 39.75],
	/** Agdam and the eastern edge of the former NKAO. */
	east: [46.55, 39.72, 47.35, 40.22]
} as const satisfies Record<string, LonLatBox>;

export type FrameName = keyof typeof FRAMES;
export const FRAME_NAMES = Object.keys(FRAMES) as FrameName[];

/** Layers a step may switch on; districts, countries and control colours are always drawn. */
export const LAYER_IDS = ['nkao', 'contact-1994', 'line-2020', 'lachin-road', 'vardenis-road', 'towns', 'peacekeepers'] as const;
export type LayerId = (typeof LAYER_IDS)[number];

export interface LayerInfo {
	/** The key's entry; null: not listed (the towns). */
	readonly label: string | null;
	/** Its name in running text (the map's description). */
	readonly text?: string;
	/** Drawn by hand from the facts sheet: said to be approximate wherever it is named. */
	readonly approximate: boolean;
	/** The days the layer shows something that existed: [from, to). A step may show it only then. */
	readonly from?: string;
	readonly to?: string;
	/** Why it exists only then, for the content check's message. */
	readonly why?: string;
}

/** Each layer's name and when what it shows existed (FACTS.md, Lines). */
export const LAYERS: Readonly<Record<LayerId, LayerInfo>> = {
	nkao: { label: 'Former NKAO', text: 'the outline of the former NKAO', approximate: true },
	'contact-1994': { label: 'Line of contact 1994–2020', text: 'the line of contact of 1994–2020', approximate: true, from: '1994-05-12', to: '2020-09-28', why: 'the line of contact of May 1994 – September 2020' },
	'line-2020': { label: 'Line of 10 Nov. 2020', text: 'the line of 10 November 2020', approximate: true, from: '2020-11-10', why: 'the line of the ceasefire of 10 November 2020' },
	'lachin-road': { label: 'Lachin corridor road', text: 'the Lachin corridor road', approximate: true, from: '1992-05-18', to: '2022-09-01', why: 'the corridor opened on 18 May 1992; a new road replaced it in August 2022' },
	'vardenis-road': { label: 'Vardenis–Martakert road', text: 'the Vardenis–Martakert road', approximate: true, from: '2017-09-01', why: 'the road opened in September 2017' },
	towns: { label: null, approximate: false },
	peacekeepers: {
		label: 'Corridor under Russian peacekeepers (about 5 km)',
		text: 'the corridor about 5 km wide under Russian peacekeepers',
		approximate: true,
		from: '2020-11-10',
		to: '2022-09-01',
		why: 'the corridor of the agreement of 10 November 2020, along the road replaced in August 2022'
	}
};

/** Hand-drawn line layers (the geodata's `lines`). */
export const LINE_LAYER_IDS = ['contact-1994', 'line-2020', 'lachin-road', 'vardenis-road'] as const satisfies readonly LayerId[];

/** The small locator map's box: the Caucasus around the region. */
export const LOCATOR_BOX: LonLatBox = [38, 37, 51, 44.5];
