// What a chart type is: one folder with a component that draws it, its data as a table, a text
// description from that data and its source line (and, for the build, its schema). The registry
// (./registry.ts) maps each type to one of these; the story page only ever asks the registry.
import type { Component } from 'svelte';
import type { ChartSpec } from '../content/story';
import type { StoryModel } from '../model';
import type { Strings } from '../strings/en';
import type { AreaFacts } from './data';

/** What every chart may read besides its spec: the story's model, the geodata's area facts, the words. */
export interface ChartContext {
	model: StoryModel;
	facts: AreaFacts;
	/** The outline's area, km² (approximate). */
	outlineKm2: number;
	strings: Strings;
}

export interface ChartProps<S extends ChartSpec = ChartSpec> {
	spec: S;
	ctx: ChartContext;
	/** The map's date now, marked on time charts. */
	date: string;
	/** The plot's size, px. */
	width: number;
	height: number;
}

/** Every chart's data as a table: for screen readers, the "Show data" panel and the page without JavaScript. */
export interface DataTable {
	columns: string[];
	rows: string[][];
}

export interface ChartType<S extends ChartSpec = ChartSpec> {
	component: Component<ChartProps<S>>;
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
