// The story as the end-to-end tests read it: the content file with its figures filled, and the area facts
// the descriptions are computed from, as the build does.
import { readFileSync } from 'node:fs';
import { loadStory } from '../src/lib/content/load';
import type { AreaDistricts } from '../src/lib/content/figures';
import type { AreaFacts } from '../src/lib/chart/data';

const topology = JSON.parse(readFileSync('src/lib/geo/generated/region.topo.json', 'utf8'));
const areas = topology.objects.areas.geometries as { properties: { id: string; district: string | null; km2: number } }[];
export const districtOf = Object.fromEntries(areas.map((g) => [g.properties.id, g.properties.district])) as AreaDistricts;
/** The scene's area facts (each control area's km² and district), as the build computes them. */
export const facts = { km2: Object.fromEntries(areas.map((g) => [g.properties.id, g.properties.km2])), district: districtOf } as AreaFacts;

export const story = loadStory(readFileSync('src/lib/content/story.yaml', 'utf8'), 'story.yaml', districtOf);
