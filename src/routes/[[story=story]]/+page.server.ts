// A story at its root (`/` for the home story, `/<slug>/` for the others): its own sharing metadata,
// its card the first step's.
import { error } from '@sveltejs/kit';
import { STORY_PARAMS, storyFor } from '$lib/engine/server/stories.server';
import { absoluteUrl } from '$lib/engine/server/site.server';
import { describeStep } from '$lib/engine/map/describe';

export const entries = () => STORY_PARAMS.map((story) => ({ story }));

export const load = ({ params }) => {
	const s = storyFor(params.story);
	if (!s) error(404, 'No such story');
	const first = s.story.steps[0];
	return {
		meta: {
			title: s.story.meta.title,
			description: s.story.meta.dek,
			url: absoluteUrl(`${s.path}/`),
			image: absoluteUrl(`${s.path}/step/${first.id}/card.png`),
			imageAlt: describeStep(s.model, first, s.scene.facts)
		}
	};
};
