// `/map/art.svg`: a story's map art and locator, as one SVG document. Pages carry the same markup inline
// (hooks.server.ts); the map fetches this only when a page arrives without it.
import { error } from '@sveltejs/kit';
import { STORY_PARAMS, storyFor } from '$lib/engine/server/stories.server';

export const prerender = true;

export const entries = () => [{ story: undefined }, ...STORY_PARAMS.map((story) => ({ story }))];

export const GET = ({ params }) => {
	const s = storyFor(params.story);
	if (!s) error(404, 'No such story');
	return new Response(`<svg xmlns="http://www.w3.org/2000/svg"><g id="art">${s.art}</g><g id="locator">${s.locatorArt}</g></svg>`, {
		headers: { 'content-type': 'image/svg+xml' }
	});
};
