// The story and its map scene, for every page: plain data, computed once at build time.
import { story, scene } from '$lib/server/story';

export const load = () => ({ story, scene });
