// The content file as the pages use it: parsed, validated, and its `{figure}` placeholders filled from
// the data (the control model, and each control area's district from the geodata). Pure.
import type { AreaDistricts } from './figures';
import { figureValues, fillAll } from './figures';
import { parseStory, type Story } from './schema';

/** Parses, validates and fills the story's figures; throws a ContentError naming file, step and field. */
export function loadStory(yamlText: string, file: string, districtOf: AreaDistricts): Story {
	const story = parseStory(yamlText, file);
	return fillAll(story, figureValues(story.figures, districtOf));
}
