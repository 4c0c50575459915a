// For this story's tests: the story as the build prepares it (content, geodata, scene, model), found by
// this folder's own name, so a copy of the folder tests itself.
import { STORIES } from '../../lib/engine/server/stories.server';

const slug = new URL('.', import.meta.url).pathname.split('/').filter(Boolean).at(-1)!;

export const loaded = STORIES.find((s) => s.slug === slug)!;
export const { story, scene, model, region, projection, domain } = loaded;
export const step = (id: string) => story.steps.find((s) => s.id === id)!;
