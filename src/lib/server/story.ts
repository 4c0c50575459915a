// The story on the server: the content file parsed and validated, the geodata read, the scene and the
// map's static art built once per build. Server-only (SvelteKit keeps $lib/server out of the client).
import storyYaml from '../content/story.yaml?raw';
import topologyJson from '../geo/generated/region.topo.json?raw';
import type { Topology } from 'topojson-specification';
import type { AreaDistricts } from '../content/figures';
import { loadStory } from '../content/load';
import { regionFromTopology } from '../geo/region';
import { createProjection, createLocatorProjection } from '../map/projection';
import { buildScene } from '../map/scene';
import { renderArt, renderLocator } from '../map/art';

export const STORY_FILE = 'src/lib/content/story.yaml';

export const region = regionFromTopology(JSON.parse(topologyJson) as Topology);
export const story = loadStory(storyYaml, STORY_FILE, Object.fromEntries(region.areas.map((a) => [a.properties.id, a.properties.district])) as AreaDistricts);
export const projection = createProjection();
export const scene = buildScene(region, story, projection);
export const art = renderArt(region, projection);
export const locatorArt = renderLocator(region, createLocatorProjection());
