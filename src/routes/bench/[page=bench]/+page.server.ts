// The bench's comparison pages (`npm run bench` only): prerendered when the build runs with BENCH=1,
// absent from the production build otherwise. /bench/reproject/ gets the home story's topology.
import { STORIES } from '$lib/engine/server/stories.server';

export const prerender = true;

export const entries = () => (process.env.BENCH === '1' ? [{ page: 'viewbox' }, { page: 'reproject' }] : []);

export const load = ({ params }) => ({ page: params.page, topology: params.page === 'reproject' ? STORIES[0].topology : null });
