import { loadDrawings } from '$lib/engine/chart/drawings.svelte';

// Every page is prerendered into a folder with an index.html, so any static host serves it.
export const prerender = true;
export const trailingSlash = 'always';

/**
 * As a story's page starts, the drawing of the chart it opens with starts loading (the first step's, and
 * a step page's own), alongside the page's own scripts and without holding them up: the chart is drawn
 * once its plot is measured. The other drawings load as the reader moves (chart/drawings.svelte.ts).
 */
export const load = ({ data, params }) => {
	const steps = data?.story?.steps ?? [];
	if (typeof window !== 'undefined')
		void loadDrawings(
			data?.slug ?? '',
			[steps[0], steps.find((s) => s.id === params.id)].map((s) => s?.chart?.type)
		);
	return data;
};
