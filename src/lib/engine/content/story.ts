// The shape of a validated story, as the pages use it (schema.ts checks content into it). A chart's spec
// is its chart type's own: the type's folder says what it holds beyond `type` and `title`.

export interface ChartSpec {
	type: string;
	title: string;
	[field: string]: unknown;
}

export interface ArrowSpec {
	from: string;
	to: string;
	side: string;
	/** The source that says where the advance went (one of the step's). */
	basis: string;
	/** What the arrow stands for (the key shows it). */
	label: string;
	bend?: number;
	/** In a step that scrubs time, the day the arrow appears. */
	date?: string;
}

export interface MapSpec {
	/** A named frame or a district code. */
	frame: string;
	layers: string[];
	highlight: { districts: string[]; places: string[] };
	/** The date whose control the map shows; defaults to the last day of the step's date. */
	date?: string;
	/** 'date': the step's scroll progress moves the map's date from the step's date to its `to`. */
	progress?: 'date';
	arrows: ArrowSpec[];
}

export interface Step {
	id: string;
	/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
	date: string;
	to?: string;
	kicker: string;
	title: string;
	body: string[];
	sources: string[];
	/** The editor's parts of the text alternatives: what the map frames, anything the chart's data does not say. */
	alt: { map: string; chart?: string };
	map: MapSpec;
	chart?: ChartSpec;
}

export interface Source {
	/** S: a note of the source text; C: context the source text does not state. */
	kind: 'S' | 'C';
	note?: number[];
	label: string;
	url?: string;
}

export interface Story {
	meta: { title: string; dek: string; byline: string; convention: string; credits: string; example?: string };
	method: { title: string; body: string[] };
	figures: Record<string, { measure: string; from: string; to: string; as?: 'words' | 'digits' }>;
	steps: Step[];
	sources: Record<string, Source>;
}
