// Every page is prerendered into a folder with an index.html, so any static host serves it.
export const prerender = true;
export const trailingSlash = 'always';
