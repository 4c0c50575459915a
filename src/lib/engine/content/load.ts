// A story's content file as the pages use it: parsed, validated against the story's own vocabulary and
// chart types, and its `{figure}` placeholders filled from the data (the control model, and each control
// area's district from the geodata). Pure.
import { ENGINE_CHART_SCHEMAS } from '../chart/schemas';
import { createControlModel } from '../control/model';
import type { StoryDefinition } from '../story-definition';
import { figureValues, fillAll, type AreaDistricts, type FigureSpec } from './figures';
import { parseStory, type Story } from './schema';

/** Parses, validates and fills the story's figures; throws a ContentError naming file, step and field. */
export function loadStory(yamlText: string, file: string, definition: StoryDefinition, districtOf: AreaDistricts): Story {
	const { domain } = definition;
	const story = parseStory(yamlText, file, domain, { ...ENGINE_CHART_SCHEMAS, ...definition.charts });
	const model = { control: createControlModel(domain.control), primary: domain.primary, focus: domain.focus };
	return fillAll(story, figureValues(story.figures as Record<string, FigureSpec>, model, districtOf));
}
