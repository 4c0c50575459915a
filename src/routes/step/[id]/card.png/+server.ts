// `/step/<id>/card.png`: the step's social card, rendered once at build time.
import { error } from '@sveltejs/kit';
import { story } from '$lib/server/story';
import { cardPng } from '$lib/server/card';

export const prerender = true;

export const entries = () => story.steps.map((s) => ({ id: s.id }));

export const GET = ({ params }) => {
	const step = story.steps.find((s) => s.id === params.id);
	if (!step) error(404, 'No such step');
	return new Response(cardPng(story, step) as BodyInit, {
		headers: { 'content-type': 'image/png', 'cache-control': 'public, max-age=3600' }
	});
};
