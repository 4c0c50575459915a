// `/step/<id>/card.png`: the step's social card, rendered once at build time.
import { error } from '@sveltejs/kit';
import { STORIES, storyFor } from '$lib/engine/server/stories.server';
import { cardPng } from '$lib/engine/server/card.server';

export const prerender = true;

export const entries = () => STORIES.flatMap((s) => s.story.steps.map((step) => ({ story: s.path ? s.slug : undefined, id: step.id })));

export const GET = ({ params }) => {
	const s = storyFor(params.story);
	const step = s?.story.steps.find((x) => x.id === params.id);
	if (!s || !step) error(404, 'No such step');
	return new Response(cardPng(s, step) as BodyInit, {
		headers: { 'content-type': 'image/png', 'cache-control': 'public, max-age=3600' }
	});
};
