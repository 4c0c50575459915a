// The routes' optional `story` parameter: a story's slug (the home story has none).
import { isStorySlug } from '$lib/engine/reserved';

export const match = (param: string) => isStorySlug(param);
