// The embed help page's snippets use the site's absolute address (SITE_URL + BASE_PATH at build).
import { SITE_ROOT } from '$lib/server/site';

export const load = () => ({ siteRoot: SITE_ROOT });
