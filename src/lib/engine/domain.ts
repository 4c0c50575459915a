// What a story folder gives the engine besides its content file: its domain, as plain data (it travels
// to the browser in the page data, so no story code is shipped). The engine knows no story: every name,
// side, place, line and reader-facing word of the map comes from here or from the content file.
import type { ControlSpec } from './control/model';
import type { NameForm } from './content/names';

/** A lon/lat box: [west, south, east, north], degrees. */
export type LonLatBox = readonly [number, number, number, number];

/** A named map unit (a district): labelled on the map, a row in control charts. */
export interface Unit {
	readonly code: string;
	readonly name: string;
}

/** A town or site, with the map unit it lies in (null: outside them, or on a border). */
export interface Place {
	readonly id: string;
	readonly name: string;
	readonly lon: number;
	readonly lat: number;
	/** ISO 3166-1 alpha-2 of the country it lies in; null for a site on a border (see `note`). */
	readonly country: string | null;
	readonly unit: string | null;
	/** Located to about ±5 km rather than a town's ±2 km. */
	readonly approx?: boolean;
	readonly note?: string;
}

/** How a line is drawn: a colour token of the vocabulary, a width in px, an optional dash pattern. */
export interface LineStyle {
	readonly colour: string;
	readonly width: number;
	readonly dash?: string;
}

export interface LayerSpec {
	/** 'outline': the outline's boundary; 'line': a hand-drawn line of the geodata; 'band': a band along a line; 'towns': the town dots. */
	readonly kind: 'outline' | 'line' | 'band' | 'towns';
	/** The key's entry; null: not listed. */
	readonly label: string | null;
	/** Its name in running text (the map's description). */
	readonly text?: string;
	/** Drawn by hand: said to be approximate wherever it is named. */
	readonly approximate: boolean;
	/** The days what it shows existed, [from, to): a step may show it only then. */
	readonly from?: string;
	readonly to?: string;
	/** Why it exists only then, for the content check's message. */
	readonly why?: string;
	readonly style?: LineStyle;
	/** A band: the line it follows and its width. */
	readonly line?: string;
	readonly widthKm?: number;
	readonly opacity?: number;
}

/** Which group an area belongs to: in one of the focus units, or the rest (the outline's). */
export type AreaGroup = 'focus' | 'outline';

/** Templates take `{name}` placeholders. */
export interface DomainWords {
	/** The key's heading ("Held by") and the stamp's label ("Control on"). */
	keyHeading: string;
	stamp: string;
	/** The line under the key: short on phones, with `long` added on wide screens. */
	mapNote: { short: string; long: string };
	/** The outline as running text names it ("the former NKAO") and as a bar label ("Former NKAO"). */
	outline: { text: string; label: string };
	/** A unit in running text: "{name} district". */
	unit: string;
	/** The units' noun, for table headings ("District"). */
	unitNoun: string;
	/** The focus units together ("the seven districts"). */
	focus: string;
	/** Words that say who held what: the editor's map descriptions may not use them (that part is generated). */
	controlWords: readonly string[];
	key: {
		/** Per side, per area group: "Armenian forces: districts". */
		sides: Readonly<Record<string, Readonly<Record<AreaGroup, string>>>>;
		contested: string;
		unmapped: string;
		/** A town marked apart from its area, per side holding it; `said`: its date is that side's announcement. */
		towns: Readonly<Record<string, string>>;
		townsSaid: Readonly<Record<string, string>>;
	};
	describe: {
		controlOn: string;
		holds: string;
		contested: string;
		unmapped: string;
		rest: string;
		allOne: string;
		all: string;
		most: string;
		part: string;
		townsSaid: string;
		townsHeld: string;
		drawn: string;
		highlighted: string;
		approximate: string;
	};
	chart: {
		/** The source line of charts computed from the geodata and the control model. */
		computedSource: string;
		/** The control timeline's key. */
		held: string;
		part: string;
		contested: string;
		/** Control in words, for tables and descriptions. */
		share: Readonly<Record<'none' | 'part' | 'all' | 'contested' | 'unmapped', string>>;
		/** Column headings of the area-held table. */
		heldKm2: string;
		heldShare: string;
		contestedShare: string;
		/** The areas chart's unit and its heading. */
		km2: string;
		km2Heading: string;
	};
}

export interface Countries {
	/** ISO 3166-1 alpha-3 of the country whose land is drawn lighter (the story's country). */
	readonly focus: string;
	/** Countries whose borders are drawn. */
	readonly borders: readonly string[];
	/** Countries picked out on the locator. */
	readonly locator: readonly string[];
}

/** The domain as the page data carries it. */
export interface DomainData {
	readonly sides: Readonly<Record<string, { readonly name: string }>>;
	/** The side whose holdings the charts and descriptions measure. */
	readonly primary: string;
	/** Who holds everything when no one else does (the descriptions' "the rest"). */
	readonly base: string;
	readonly control: ControlSpec<string, string>;
	readonly units: readonly Unit[];
	/** The units the story is about (labelled on the map, the control charts' default rows). */
	readonly focus: readonly string[];
	readonly places: readonly Place[];
	/** Alternate names by a place's name, and how text and labels give them. */
	readonly names: {
		readonly alts: Readonly<Record<string, readonly { readonly name: string; readonly kind: string }[]>>;
		readonly forms: Readonly<Record<string, { readonly text: string; readonly label: string | null; readonly firstUse: boolean }>>;
	};
	readonly frames: Readonly<Record<string, LonLatBox>>;
	/** The art's whole box and the locator's. */
	readonly region: LonLatBox;
	readonly locator: LonLatBox;
	readonly layers: Readonly<Record<string, LayerSpec>>;
	/** Colour tokens per side and area group. */
	readonly fills: Readonly<Record<string, Readonly<Record<AreaGroup, string>>>>;
	readonly countries: Countries;
	readonly words: DomainWords;
}

/** Fills `{name}` placeholders of a template. */
export function template(text: string, values: Readonly<Record<string, string>>): string {
	return text.replace(/\{([a-z]+)\}/g, (all, key: string) => values[key] ?? all);
}

/** The name forms of the domain as functions, for the names check. */
export function nameForms(domain: Pick<DomainData, 'names'>): Record<string, NameForm> {
	return Object.fromEntries(
		Object.entries(domain.names.forms).map(([kind, f]) => [
			kind,
			{
				text: (alt: string) => template(f.text, { alt }),
				label: f.label === null ? null : (alt: string) => template(f.label!, { alt }),
				firstUse: f.firstUse
			}
		])
	);
}

/** A place's map label where the map first highlights it ("Lachin (Arm. Berdzor)"), else its name. */
export function firstLabel(domain: Pick<DomainData, 'names'>, name: string): string {
	const alt = (domain.names.alts[name] ?? []).find((a) => domain.names.forms[a.kind]?.label);
	return alt ? `${name} (${template(domain.names.forms[alt.kind].label!, { alt: alt.name })})` : name;
}
