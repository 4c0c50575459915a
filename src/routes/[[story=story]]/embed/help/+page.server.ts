// The embed help page's snippets use the site's absolute address (SITE_URL + BASE_PATH at build); its
// words come as data, so the story pages' script does not carry them.
import { error } from '@sveltejs/kit';
import { STORY_PARAMS, storyFor } from '$lib/engine/server/stories.server';
import { SITE_ROOT } from '$lib/engine/server/site.server';
import { helpEn } from '$lib/engine/strings/en';

export const entries = () => STORY_PARAMS.map((story) => ({ story }));

export const load = ({ params }) => {
	const s = storyFor(params.story);
	if (!s) error(404, 'No such story');
	const { title, heading, copied, ...plain } = helpEn;
	const story = s.story.meta.title;
	// the words with their slots filled here: data carries no functions
	const words = {
		...plain,
		title: title(story),
		heading: heading(story),
		copied: { snippet: copied(plain.snippet), iframe: copied(plain.iframeCode), scroll: copied(plain.scrollCode) }
	};
	return { siteRoot: SITE_ROOT, words };
};
