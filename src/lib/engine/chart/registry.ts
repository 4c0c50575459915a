// The chart registry: every chart type the pages can draw, by type. The engine's own types, and each
// story's own from its folder (src/stories/<slug>/charts/<type>/index.ts), found by the build. A type
// missing here is drawn as a visible notice, never a blank (Chart.svelte).
import type { ChartType } from './types';
import areaHeld from './types/area-held';
import bars from './types/bars';
import controlTimeline from './types/control-timeline';
import districtAreas from './types/district-areas';
import events from './types/events';
import ranges from './types/ranges';

const storyTypes = import.meta.glob<ChartType>('/src/stories/*/charts/*/index.ts', { eager: true, import: 'default' });

export const CHART_TYPES: Readonly<Record<string, ChartType>> = {
	'district-areas': districtAreas,
	'control-timeline': controlTimeline,
	'area-held': areaHeld,
	events,
	bars,
	ranges,
	...Object.fromEntries(Object.entries(storyTypes).map(([path, type]) => [path.split('/').at(-2)!, type]))
};

/** A chart type by name, or null: the page then says it cannot draw it. */
export function chartTypeOf(type: string): ChartType | null {
	return CHART_TYPES[type] ?? null;
}
