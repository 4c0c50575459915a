// The bench comparison page is prerendered like every page (npm run bench serves build/).
export const prerender = true;
