// The map's vocabulary for this story's content file: named frames (what a step can frame), the
// region the art covers, the locator's box, and the layers a step can switch on, each with its key
// entry, its line style (colours are tokens of ../colours.ts) and the days what it shows existed.
import type { LayerSpec, LonLatBox } from '../../../lib/engine/domain';

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

/** The art covers the whole region; the locator shows the Caucasus around it. */
export const REGION_BOX: LonLatBox = FRAMES.region;
export const LOCATOR_BOX: LonLatBox = [38, 37, 51, 44.5];

/** Layers a step may switch on; districts, countries and control colours are always drawn (FACTS.md, Lines). */
export const LAYERS = {
	nkao: {
		kind: 'outline',
		label: 'Former NKAO',
		text: 'the outline of the former NKAO',
		approximate: true,
		style: { colour: 'nkao-line', width: 1.6, dash: '5 3' }
	},
	'contact-1994': {
		kind: 'line',
		label: 'Line of contact 1994–2020',
		text: 'the line of contact of 1994–2020',
		approximate: true,
		from: '1994-05-12',
		to: '2020-09-28',
		why: 'the line of contact of May 1994 – September 2020',
		style: { colour: 'contact', width: 2.4, dash: '7 4' }
	},
	'line-2020': {
		kind: 'line',
		label: 'Line of 10 Nov. 2020',
		text: 'the line of 10 November 2020',
		approximate: true,
		from: '2020-11-10',
		why: 'the line of the ceasefire of 10 November 2020',
		style: { colour: 'line-2020', width: 2.4, dash: '2 3' }
	},
	'lachin-road': {
		kind: 'line',
		label: 'Lachin corridor road',
		text: 'the Lachin corridor road',
		approximate: true,
		from: '1992-05-18',
		to: '2022-09-01',
		why: 'the corridor opened on 18 May 1992; a new road replaced it in August 2022',
		style: { colour: 'road', width: 1.8 }
	},
	'vardenis-road': {
		kind: 'line',
		label: 'Vardenis–Martakert road',
		text: 'the Vardenis–Martakert road',
		approximate: true,
		from: '2017-09-01',
		why: 'the road opened in September 2017',
		style: { colour: 'road', width: 1.8 }
	},
	towns: { kind: 'towns', label: null, approximate: false },
	peacekeepers: {
		kind: 'band',
		label: 'Corridor under Russian peacekeepers (about 5 km)',
		text: 'the corridor about 5 km wide under Russian peacekeepers',
		approximate: true,
		from: '2020-11-10',
		to: '2022-09-01',
		why: 'the corridor of the agreement of 10 November 2020, along the road replaced in August 2022',
		line: 'lachin-road',
		widthKm: 5,
		opacity: 0.45,
		style: { colour: 'peacekeepers', width: 0 }
	}
} as const satisfies Record<string, LayerSpec>;

export type LayerId = keyof typeof LAYERS;
