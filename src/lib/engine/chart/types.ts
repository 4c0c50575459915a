// What a chart type is: one folder with the one component that draws it (its only .svelte file,
// loaded by the page when a step needs it: ./drawings.svelte.ts), and an index.ts with its data as a
// table, a text description from that data and its source line (and, for the build, its schema). The
// registry (./registry.ts) maps each type to its index.ts; the build computes every step's chart texts
// with it (ChartTexts), so a page's first view carries no chart code but the drawing its step shows.
import type { ChartSpec } from '../content/story';
import type { StoryModel } from '../model';
import type { AreaFacts } from './data';

/** What every chart may read besides its spec: the story's model, the geodata's area facts. (Its words: strings/en.ts, chartsEn.) */
export interface ChartContext {
	model: StoryModel;
	facts: AreaFacts;
	/** The outline's area, km² (approximate). */
	outlineKm2: number;
}

export interface ChartProps<S extends ChartSpec = ChartSpec> {
	spec: S;
	ctx: ChartContext;
	/** The map's date now, marked on time charts. */
	date: string;
	/** The plot's size, px. */
	width: number;
	height: number;
	/**
	 * Whether the drawing may be taller than `height` (a card, a phone's stepper: the page grows with it):
	 * then it takes the height its text needs at `width`; else it fits `height` as best it can.
	 */
	grow?: boolean;
}

/** Every chart's data as a table: for screen readers, the "Show data" panel and the page without JavaScript. */
export interface DataTable {
	columns: string[];
	rows: string[][];
}

export interface ChartType<S extends ChartSpec = ChartSpec> {
	table(spec: S, ctx: ChartContext): DataTable;
	/** The chart in sentences, from the same data it draws. */
	describe(spec: S, ctx: ChartContext): string;
	/** The source line under the chart. */
	source(spec: S, ctx: ChartContext): string;
	/** A short note shown before the source line, if any. */
	note?(spec: S, ctx: ChartContext): string | undefined;
}

/** Declares a chart type, checking its parts against its own spec type. */
export function chartType<S extends ChartSpec>(type: ChartType<S>): ChartType<ChartSpec> {
	return type as unknown as ChartType<ChartSpec>;
}

/**
 * A step's chart in words, computed at build time from the same data the drawing draws: the summary
 * (the editor's alt.chart and the type's description), the source line, a note, the data as a table.
 */
export interface ChartTexts {
	summary: string;
	source: string;
	note?: string;
	table: DataTable;
}
