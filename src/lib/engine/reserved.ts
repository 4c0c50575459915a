// Names the site's own pages use at the root: a story folder may not be called one of these (its pages
// live at /<slug>/), and the routes' `story` parameter never matches them.
export const RESERVED = ['step', 'embed', 'map', 'bench', 'embed.js', 'pym.v1.min.js', '404.html', 'favicon.svg', '_app'];

/** Whether a path segment can name a story (kebab-case, not reserved). */
export function isStorySlug(value: string): boolean {
	return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && !RESERVED.includes(value);
}
