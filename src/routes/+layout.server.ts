// Every page's story (the home story at the root, else the one its `story` parameter names): plain data
// computed once at build time, and its colours for the page's CSS custom properties.
import { error } from '@sveltejs/kit';
import { pageData, storyFor } from '$lib/engine/server/stories.server';
import { cssVariables } from '$lib/engine/style/tokens';

export const load = ({ params }: { params: { story?: string } }) => {
	const s = storyFor(params.story);
	if (!s) error(404, 'No such story');
	return { ...pageData(s), colours: cssVariables(s.colours) };
};
