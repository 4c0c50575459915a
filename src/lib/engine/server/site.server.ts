// Where the site will live, for the absolute URLs that social cards, canonical links and embed
// snippets need: SITE_URL (origin, e.g. https://graphics.example.com) + BASE_PATH (e.g. /graphics/story).
// Both come from the build's environment; the defaults serve a local `npm start`.

const origin = (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/+$/, '');
const basePath = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');

/** The site's root URL, with no trailing slash. */
export const SITE_ROOT = `${origin}${basePath}`;

/** An absolute URL for a site path ('/step/nkao/'). */
export function absoluteUrl(path: string): string {
	return `${SITE_ROOT}${path.startsWith('/') ? path : `/${path}`}`;
}
