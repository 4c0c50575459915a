// Puts the map's static geometry into every prerendered page of a story: the map renders an empty
// <g data-map-art> and this fills it with that story's art, so the geometry is in the HTML once, never
// in the JS or the page data. Everything that changes (viewBox, control, highlights) is attributes.
// It also writes the story's colours (the one vocabulary, src/lib/engine/style/tokens.ts, with the
// story's colours.ts) as CSS custom properties into the page's head, where app.html marks their place.
import type { Handle } from '@sveltejs/kit';
import { storyFor } from '$lib/engine/server/stories.server';
import { cssVariables } from '$lib/engine/style/tokens';

const SLOT = /(<g\b[^>]*\bdata-map-art\b[^>]*>)(<\/g>)/;
const LOCATOR_SLOT = /(<g\b[^>]*\bdata-locator-art\b[^>]*>)(<\/g>)/;
const COLOURS_SLOT = '<!--story-colours-->';

/** Each story's colours as one <style>, made once. */
const colourStyles = new Map<string, string>();
function coloursOf(s: NonNullable<ReturnType<typeof storyFor>>) {
	let style = colourStyles.get(s.slug);
	if (!style) colourStyles.set(s.slug, (style = `<style>:root{${cssVariables(s.colours)}}</style>`));
	return style;
}

export const handle: Handle = ({ event, resolve }) => {
	const s = storyFor(event.params.story);
	if (!s) return resolve(event);
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html
				.replace(COLOURS_SLOT, () => coloursOf(s))
				.replace(SLOT, (_, open: string, close: string) => `${open}<!--art-->${s.art}<!--/art-->${close}`)
				.replace(LOCATOR_SLOT, (_, open: string, close: string) => open + s.locatorArt + close)
	});
};
