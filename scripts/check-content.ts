// Validates the story's content file before the build: on bad content it prints one line per fault,
// naming the file, the step and the field, and exits non-zero (no stack trace).
import { readFileSync } from 'node:fs';
import { ContentError } from '../src/lib/content/schema';
import { loadStory } from '../src/lib/content/load';
import type { AreaDistricts } from '../src/lib/content/figures';

const FILE = process.argv[2] ?? 'src/lib/content/story.yaml';
const TOPOLOGY = 'src/lib/geo/generated/region.topo.json';

try {
	const areas = JSON.parse(readFileSync(TOPOLOGY, 'utf8')).objects.areas.geometries as { properties: { id: string; district: string | null } }[];
	const districtOf = Object.fromEntries(areas.map((g) => [g.properties.id, g.properties.district])) as AreaDistricts;
	const story = loadStory(readFileSync(FILE, 'utf8'), FILE, districtOf);
	console.log(`content: ${FILE}: ${story.steps.length} steps, ${Object.keys(story.sources).length} sources, valid`);
} catch (e) {
	if (e instanceof ContentError) {
		console.error(`content: ${e.message}`);
		process.exit(1);
	}
	throw e;
}
