// Validates the story's content file before the build: on bad content it prints one line per fault,
// naming the file, the step and the field, and exits non-zero (no stack trace).
import { readFileSync } from 'node:fs';
import { parseStory, ContentError } from '../src/lib/content/schema';

const FILE = process.argv[2] ?? 'src/lib/content/story.yaml';

try {
	const story = parseStory(readFileSync(FILE, 'utf8'), FILE);
	console.log(`content: ${FILE}: ${story.steps.length} steps, ${Object.keys(story.sources).length} sources, valid`);
} catch (e) {
	if (e instanceof ContentError) {
		console.error(`content: ${e.message}`);
		process.exit(1);
	}
	throw e;
}
