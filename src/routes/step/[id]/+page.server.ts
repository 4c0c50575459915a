// A prerendered page per step, for sharing: the story opened at that step, with its own title,
// description, canonical link and social card.
import { error } from '@sveltejs/kit';
import { story, scene } from '$lib/server/story';
import { describeStep } from '$lib/map/describe';
import { absoluteUrl } from '$lib/server/site';
import { summarize } from '$lib/content/summary';

export const entries = () => story.steps.map((s) => ({ id: s.id }));

export const load = ({ params }) => {
	const index = story.steps.findIndex((s) => s.id === params.id);
	if (index < 0) error(404, 'No such step');
	const step = story.steps[index];
	return {
		index,
		meta: {
			title: `${step.title} – ${story.meta.title}`,
			description: summarize(step.body),
			url: absoluteUrl(`/step/${step.id}/`),
			image: absoluteUrl(`/step/${step.id}/card.png`),
			imageAlt: describeStep(step, scene.facts)
		}
	};
};
