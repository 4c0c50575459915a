// The stories as the end-to-end tests read them, found by their folders as the build finds them: each
// story's content with its figures filled, its model and the area facts its descriptions are computed
// from, and its URL prefix ('' for the home story, '/<slug>' for the others). Tests follow the content.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadStory } from '../src/lib/engine/content/load';
import { createModel, type StoryModel } from '../src/lib/engine/model';
import type { Story } from '../src/lib/engine/content/story';
import type { AreaFacts } from '../src/lib/engine/chart/data';
import type { StoryDefinition } from '../src/lib/engine/story-definition';
import { HOME_STORY } from '../src/site.config';

export interface TestStory {
	slug: string;
	/** The story's URL prefix: '' for the home story, '/<slug>' for the others. */
	path: string;
	story: Story;
	model: StoryModel;
	facts: AreaFacts;
}

async function load(slug: string): Promise<TestStory> {
	const folder = resolve('src/stories', slug);
	const { story: definition } = (await import(pathToFileURL(resolve(folder, 'index.ts')).href)) as { story: StoryDefinition };
	const topology = JSON.parse(readFileSync(resolve(folder, 'generated/region.topo.json'), 'utf8'));
	const areas = topology.objects.areas.geometries as { properties: { id: string; district: string | null; km2: number } }[];
	const district = Object.fromEntries(areas.map((g) => [g.properties.id, g.properties.district]));
	const km2 = Object.fromEntries(areas.map((g) => [g.properties.id, g.properties.km2]));
	return {
		slug,
		path: slug === HOME_STORY ? '' : `/${slug}`,
		story: loadStory(readFileSync(resolve(folder, 'story.yaml'), 'utf8'), 'story.yaml', definition, district),
		model: createModel(definition.domain),
		facts: { km2, district }
	};
}

const slugs = readdirSync('src/stories').filter((s) => existsSync(resolve('src/stories', s, 'index.ts')));

/** Every story, the home story first. */
export const stories: TestStory[] = await Promise.all([HOME_STORY, ...slugs.filter((s) => s !== HOME_STORY)].map(load));
export const home = stories[0];
/** The home story's content (most tests are about it). */
export const { story, facts, model } = home;
