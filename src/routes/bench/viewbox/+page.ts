// The bench's control page is prerendered like every page (npm run bench serves build/).
export const prerender = true;
