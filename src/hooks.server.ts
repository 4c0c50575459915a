// Puts the map's static geometry into every prerendered page: the Map component renders an empty
// <g data-map-art> and this fills it, so the geometry is in the HTML once, never in the JS or the
// page data. Everything that changes (viewBox, control, highlights) is attributes Svelte renders.
import type { Handle } from '@sveltejs/kit';
import { art, locatorArt } from '$lib/server/story';

const SLOT = /(<g\b[^>]*\bdata-map-art\b[^>]*>)(<\/g>)/;
const LOCATOR_SLOT = /(<g\b[^>]*\bdata-locator-art\b[^>]*>)(<\/g>)/;

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			html
				.replace(SLOT, (_, open: string, close: string) => `${open}<!--art-->${art}<!--/art-->${close}`)
				.replace(LOCATOR_SLOT, (_, open: string, close: string) => open + locatorArt + close)
	});
