// `/step/<id>/map.svg`: a static picture of the step's map (its frame, control, layers, highlights and
// arrows), for reading without JavaScript. Built once at build time.
import { error } from '@sveltejs/kit';
import { story } from '$lib/server/story';
import { stepMapSvg } from '$lib/server/card';

export const prerender = true;

export const entries = () => story.steps.map((s) => ({ id: s.id }));

export const GET = ({ params }) => {
	const step = story.steps.find((s) => s.id === params.id);
	if (!step) error(404, 'No such step');
	return new Response(stepMapSvg(step, 800, 560), { headers: { 'content-type': 'image/svg+xml' } });
};
