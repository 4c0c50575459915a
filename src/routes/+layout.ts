import { loadDrawings } from '$lib/engine/chart/drawings.svelte';

// Every page is prerendered into a folder with an index.html, so any static host serves it.
export const prerender = true;
export const trailingSlash = 'always';

/**
 * Before a story's page starts, the drawing of the chart it opens with is loaded (the first step's, and
 * a step page's own), so the page hydrates the chart the server drew. The other drawings load as the
 * reader moves (chart/drawings.svelte.ts).
 */
export const load = async ({ data, params }) => {
	const steps = data?.story?.steps ?? [];
	await loadDrawings(
		data?.slug ?? '',
		[steps[0], steps.find((s) => s.id === params.id)].map((s) => s?.chart?.type)
	);
	return data;
};
