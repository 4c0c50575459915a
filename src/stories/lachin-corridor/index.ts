// "The Lachin corridor": what this story folder gives the engine besides its content file (story.yaml)
// and its geodata (geo/, built into generated/): its domain, its colours and the schema of its own
// chart type (links). Plain TypeScript, safe to load in the build scripts and the tests.
import type { StoryDefinition } from '../../lib/engine/story-definition';
import { DOMAIN } from './domain';
import { COLOURS } from './colours';
import { schema as links } from './charts/links/schema';

export const story: StoryDefinition = {
	domain: DOMAIN,
	colours: COLOURS,
	charts: { links }
};
