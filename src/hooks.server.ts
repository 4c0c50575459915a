// Puts the map's static geometry into every prerendered page of a story: the map renders an empty
// <g data-map-art> and this fills it with that story's art, so the geometry is in the HTML once, never
// in the JS or the page data. Everything that changes (viewBox, control, highlights) is attributes.
import type { Handle } from '@sveltejs/kit';
import { storyFor } from '$lib/engine/server/stories.server';

const SLOT = /(<g\b[^>]*\bdata-map-art\b[^>]*>)(<\/g>)/;
const LOCATOR_SLOT = /(<g\b[^>]*\bdata-locator-art\b[^>]*>)(<\/g>)/;

export const handle: Handle = ({ event, resolve }) => {
	const s = storyFor(event.params.story);
	if (!s) return resolve(event);
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html
				.replace(SLOT, (_, open: string, close: string) => `${open}<!--art-->${s.art}<!--/art-->${close}`)
				.replace(LOCATOR_SLOT, (_, open: string, close: string) => open + s.locatorArt + close)
	});
};
