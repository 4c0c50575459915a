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

/** The small locator map's box: the Caucasus around the region. */
export const LOCATOR_BOX: LonLatBox = [38, 37, 51, 44.5];

/** Hand-drawn line layers and the reader's name for each (all approximate). */
export const LINE_LAYERS = {
	'contact-1994': 'Line of contact 1994–2020',
	'line-2020': 'Line of 10 Nov. 2020',
	'lachin-road': 'Lachin corridor road',
	'vardenis-road': 'Vardenis–Martakert road'
} as const satisfies Partial<Record<LayerId, string>>;
