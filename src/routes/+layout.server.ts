// Every page's story (the home story at the root, else the one its `story` parameter names): plain data
// computed once at build time. (Its colours go into the page's head from hooks.server.ts.)
import { error } from '@sveltejs/kit';
import { pageData, storyFor } from '$lib/engine/server/stories.server';

export const load = ({ params }: { params: { story?: string } }) => {
	const s = storyFor(params.story);
	if (!s) error(404, 'No such story');
	return pageData(s);
};
