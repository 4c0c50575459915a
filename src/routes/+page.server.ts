// The story's own sharing metadata; its card is the first step's.
import { story, scene } from '$lib/server/story';
import { describeStep } from '$lib/map/describe';
import { absoluteUrl } from '$lib/server/site';

export const load = () => ({
	meta: {
		title: story.meta.title,
		description: story.meta.dek,
		url: absoluteUrl('/'),
		image: absoluteUrl(`/step/${story.steps[0].id}/card.png`),
		imageAlt: describeStep(story.steps[0], scene.facts)
	}
});
