// The embed help page's snippets use the site's absolute address (SITE_URL + BASE_PATH at build).
import { STORY_PARAMS } from '$lib/engine/server/stories.server';
import { SITE_ROOT } from '$lib/engine/server/site.server';

export const entries = () => STORY_PARAMS.map((story) => ({ story }));

export const load = () => ({ siteRoot: SITE_ROOT });
