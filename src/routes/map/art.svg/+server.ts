// `/map/art.svg`: the map's static geometry and the locator's, as one SVG document. Pages carry the
// same markup inline (hooks.server.ts); the Map fetches this only when a page arrives without it.
import { art, locatorArt } from '$lib/server/story';

export const prerender = true;

export const GET = () =>
	new Response(
		`<svg xmlns="http://www.w3.org/2000/svg"><g id="art">${art}</g><g id="locator">${locatorArt}</g></svg>`,
		{ headers: { 'content-type': 'image/svg+xml' } }
	);
