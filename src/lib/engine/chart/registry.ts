// The chart registry: every chart type the pages can draw, by type, as its index.ts (table, description,
// source line). The engine's own types, and each story's own from its folder
// (src/stories/<slug>/charts/<type>/index.ts), found by the build; a story's own type is its alone (two
// stories may each have a `links` of their own), and comes before an engine type of the same name. The build computes each step's chart
// texts with it (chartTexts); the pages load only the drawings (./drawings.svelte.ts). Build, server and
// tests only: a page that imported this would carry every type's code.
import type { Step, Story } from '../content/story';
import type { ChartContext, ChartTexts, ChartType } from './types';
import areaHeld from './types/area-held';
import bars from './types/bars';
import controlTimeline from './types/control-timeline';
import districtAreas from './types/district-areas';
import events from './types/events';
import ranges from './types/ranges';

/** The engine's own chart types. */
export const ENGINE_CHART_TYPES: Readonly<Record<string, ChartType>> = {
	'district-areas': districtAreas,
	'control-timeline': controlTimeline,
	'area-held': areaHeld,
	events,
	bars,
	ranges
};

/** Each story's own chart types, by story slug. */
export const STORY_CHART_TYPES: Readonly<Record<string, Readonly<Record<string, ChartType>>>> = (() => {
	const found = import.meta.glob<ChartType>('/src/stories/*/charts/*/index.ts', { eager: true, import: 'default' });
	const out: Record<string, Record<string, ChartType>> = {};
	for (const [path, type] of Object.entries(found)) {
		const [, , , slug, , name] = path.split('/');
		(out[slug] ??= {})[name] = type;
	}
	return out;
})();

/** A chart type by name, the story's own first; null: the page then says it cannot draw it. */
export function chartTypeOf(type: string, slug?: string): ChartType | null {
	return (slug ? STORY_CHART_TYPES[slug]?.[type] : undefined) ?? ENGINE_CHART_TYPES[type] ?? null;
}

/** A step's chart in words (null: no chart, or a type the registry does not know). */
export function chartTexts(step: Step, ctx: ChartContext, slug?: string): ChartTexts | null {
	const spec = step.chart;
	const type = spec ? chartTypeOf(spec.type, slug) : null;
	if (!spec || !type) return null;
	return {
		summary: [step.alt.chart, type.describe(spec, ctx)].filter(Boolean).join(' '),
		source: type.source(spec, ctx),
		note: type.note?.(spec, ctx),
		table: type.table(spec, ctx)
	};
}

/** Every step's chart texts, by step id. */
export function storyChartTexts(story: Story, ctx: ChartContext, slug: string): Record<string, ChartTexts | null> {
	return Object.fromEntries(story.steps.map((step) => [step.id, chartTexts(step, ctx, slug)]));
}
