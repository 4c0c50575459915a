// A prerendered page per step, for sharing: the story opened at that step, with its own title,
// description, canonical link and social card.
import { error } from '@sveltejs/kit';
import { STORIES, storyFor } from '$lib/engine/server/stories.server';
import { absoluteUrl } from '$lib/engine/server/site.server';
import { summarize } from '$lib/engine/text/summary';
import { describeStep } from '$lib/engine/map/describe';

export const entries = () => STORIES.flatMap((s) => s.story.steps.map((step) => ({ story: s.path ? s.slug : undefined, id: step.id })));

export const load = ({ params }) => {
	const s = storyFor(params.story);
	if (!s) error(404, 'No such story');
	const index = s.story.steps.findIndex((x) => x.id === params.id);
	if (index < 0) error(404, 'No such step');
	const step = s.story.steps[index];
	return {
		index,
		meta: {
			title: `${step.title} – ${s.story.meta.title}`,
			description: summarize(step.body),
			url: absoluteUrl(`${s.path}/step/${step.id}/`),
			image: absoluteUrl(`${s.path}/step/${step.id}/card.png`),
			imageAlt: describeStep(s.model, step, s.scene.facts)
		}
	};
};
