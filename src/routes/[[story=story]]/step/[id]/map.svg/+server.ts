// `/step/<id>/map.svg`: a static picture of the step's map (its frame, control, layers, highlights,
// arrows and notes), for reading without JavaScript. Built once at build time.
import { error } from '@sveltejs/kit';
import { STORIES, storyFor } from '$lib/engine/server/stories.server';
import { stepMapSvg } from '$lib/engine/server/card.server';

export const prerender = true;

export const entries = () => STORIES.flatMap((s) => s.story.steps.map((step) => ({ story: s.path ? s.slug : undefined, id: step.id })));

export const GET = ({ params }) => {
	const s = storyFor(params.story);
	const step = s?.story.steps.find((x) => x.id === params.id);
	if (!s || !step) error(404, 'No such step');
	return new Response(stepMapSvg(s, step, 800, 560), { headers: { 'content-type': 'image/svg+xml' } });
};
