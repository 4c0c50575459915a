// What a story folder (src/stories/<slug>/) exports from its index.ts, besides its content file
// (story.yaml) and its generated geodata (generated/region.topo.json, built from its geo/ recipe).
import type { ChartSchema } from './content/schema';
import type { DomainData } from './domain';

export interface StoryDefinition {
	domain: DomainData;
	/** The colours the story adds to the vocabulary, and the roles it sets (src/lib/engine/style/tokens.ts). */
	colours: Readonly<Record<string, string>>;
	/** The schemas of the chart types only this story uses (their components are in charts/<type>/). */
	charts: Readonly<Record<string, ChartSchema>>;
}
