// Every story, found by its folder (src/stories/<slug>/: index.ts, story.yaml, generated/region.topo.json)
// and prepared once per build: its content validated against its own vocabulary, its geodata read, its
// scene and its map's static art built, its colours resolved. Server and build only.
import type { Topology } from 'topojson-specification';
import type { GeoProjection } from 'd3-geo';
import type { Story } from '../content/story';
import { loadStory } from '../content/load';
import { areaFacts, regionFromTopology, type RegionGeo } from '../geo/region';
import { createLocatorProjection, createProjection } from '../map/projection';
import { buildScene, type Scene } from '../map/scene';
import { renderArt, renderLocator } from '../map/art';
import { createModel, type StoryModel } from '../model';
import type { DomainData } from '../domain';
import type { StoryDefinition } from '../story-definition';
import { resolveColours } from '../style/tokens';
import { storyChartTexts } from '../chart/registry';
import type { ChartTexts } from '../chart/types';
import { HOME_STORY } from '../../../site.config';
import { isStorySlug, RESERVED } from '../reserved';

const definitions = import.meta.glob<StoryDefinition>('/src/stories/*/index.ts', { eager: true, import: 'story' });
const contents = import.meta.glob<string>('/src/stories/*/story.yaml', { eager: true, query: '?raw', import: 'default' });
const topologies = import.meta.glob<string>('/src/stories/*/generated/region.topo.json', { eager: true, query: '?raw', import: 'default' });

export interface LoadedStory {
	slug: string;
	/** The story's URL prefix under the site's base path: '' for the home story, '/<slug>' for the others. */
	path: string;
	story: Story;
	domain: DomainData;
	model: StoryModel;
	/** The story's geodata as built, and read into GeoJSON. */
	topology: Topology;
	region: RegionGeo;
	projection: GeoProjection;
	scene: Scene;
	/** Every step's chart in words (summary, source line, note, table), by step id. */
	charts: Record<string, ChartTexts | null>;
	art: string;
	locatorArt: string;
	/** The vocabulary with the story's colours. */
	colours: Record<string, string>;
}

function load(slug: string): LoadedStory {
	const folder = `/src/stories/${slug}`;
	const definition = definitions[`${folder}/index.ts`];
	const yaml = contents[`${folder}/story.yaml`];
	const topology = topologies[`${folder}/generated/region.topo.json`];
	if (!definition) throw new Error(`story "${slug}": ${folder}/index.ts exports no \`story\``);
	if (yaml === undefined) throw new Error(`story "${slug}": no ${folder}/story.yaml`);
	if (topology === undefined) throw new Error(`story "${slug}": no ${folder}/generated/region.topo.json (run npm run geo)`);
	if (!isStorySlug(slug)) throw new Error(`story "${slug}": a folder name must be kebab-case and not one of ${RESERVED.join(', ')}`);
	const parsed = JSON.parse(topology) as Topology;
	const region = regionFromTopology(parsed);
	const story = loadStory(yaml, `src/stories/${slug}/story.yaml`, definition, areaFacts(region).district);
	const domain = definition.domain;
	const model = createModel(domain);
	const projection = createProjection(domain.region);
	const scene = buildScene(region, story, projection, model);
	return {
		slug,
		path: slug === HOME_STORY ? '' : `/${slug}`,
		story,
		domain,
		model,
		topology: parsed,
		region,
		projection,
		scene,
		charts: storyChartTexts(story, { model, facts: scene.facts, outlineKm2: scene.outlineKm2 }, slug),
		art: renderArt(region, projection, domain),
		locatorArt: renderLocator(region, createLocatorProjection(domain.locator), domain),
		colours: resolveColours(definition.colours)
	};
}

const slugs = Object.keys(definitions)
	.map((path) => path.split('/').at(-2)!)
	.sort((a, b) => (a === HOME_STORY ? -1 : b === HOME_STORY ? 1 : a < b ? -1 : 1));
if (!slugs.includes(HOME_STORY)) throw new Error(`site.config.ts: HOME_STORY "${HOME_STORY}" has no folder in src/stories/`);

/** Every story, the home story first. */
export const STORIES: readonly LoadedStory[] = slugs.map(load);

/** The story a route's `story` parameter names (none: the home story); undefined when there is none. */
export function storyFor(param: string | undefined): LoadedStory | undefined {
	return STORIES.find((s) => (param ? s.slug === param && s.path !== '' : s.path === ''));
}

/** The other stories' slugs: the values of the routes' optional `story` parameter. */
export const STORY_PARAMS = STORIES.filter((s) => s.path !== '').map((s) => s.slug);

/** The data every page of a story receives (graphic/context.ts): plain and serialisable. */
export function pageData(s: LoadedStory) {
	return { slug: s.slug, path: s.path, story: s.story, scene: s.scene, domain: s.domain, charts: s.charts };
}

/** The story a route's parameters name, or a 404. */
export function requireStory(param: string | undefined): LoadedStory {
	const s = storyFor(param);
	if (!s) throw new Error(`no story "${param}"`);
	return s;
}
