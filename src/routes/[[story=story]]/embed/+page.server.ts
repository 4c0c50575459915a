// The stepper embed of every story.
import { STORY_PARAMS } from '$lib/engine/server/stories.server';

export const entries = () => STORY_PARAMS.map((story) => ({ story }));
