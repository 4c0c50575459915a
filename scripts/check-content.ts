// `npm run content`: validates every story's content file (src/stories/<slug>/story.yaml) against the
// engine's schema built from that story's own vocabulary, before the build. On bad content it prints one
// line per fault, naming the file, the step and the field, and exits non-zero (no stack trace).
//   npm run content                          every story
//   npm run content -- <slug> [file.yaml]    one story, optionally another content file for it
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ContentError } from '../src/lib/engine/content/errors';
import { loadStory } from '../src/lib/engine/content/load';
import type { StoryDefinition } from '../src/lib/engine/story-definition';

const STORIES = 'src/stories';

async function check(slug: string, file = `${STORIES}/${slug}/story.yaml`): Promise<void> {
	const { story: definition } = (await import(pathToFileURL(resolve(STORIES, slug, 'index.ts')).href)) as { story: StoryDefinition };
	const topology = `${STORIES}/${slug}/generated/region.topo.json`;
	if (!existsSync(topology)) throw new Error(`${topology} is missing: run npm run geo first`);
	const areas = JSON.parse(readFileSync(topology, 'utf8')).objects.areas.geometries as {
		properties: { id: string; district: string | null };
	}[];
	const districtOf = Object.fromEntries(areas.map((g) => [g.properties.id, g.properties.district]));
	const story = loadStory(readFileSync(file, 'utf8'), file, definition, districtOf);
	console.log(`content: ${file}: ${story.steps.length} steps, ${Object.keys(story.sources).length} sources, valid`);
}

const [slug, file] = process.argv.slice(2);
const slugs = slug ? [slug] : readdirSync(STORIES).filter((s) => existsSync(resolve(STORIES, s, 'index.ts')));
try {
	for (const s of slugs) await check(s, file);
} catch (e) {
	if (e instanceof ContentError) {
		console.error(`content: ${e.message}`);
		process.exit(1);
	}
	throw e;
}
