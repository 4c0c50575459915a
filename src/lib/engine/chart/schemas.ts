// The schemas of the engine's chart types, by type: the build validates a story's charts against these
// and the ones its own folder adds (src/stories/<slug>/index.ts). Server and build only.
import type { ChartSchema } from '../content/schema';
import { schema as areaHeld } from './types/area-held/schema';
import { schema as bars } from './types/bars/schema';
import { schema as controlTimeline } from './types/control-timeline/schema';
import { schema as districtAreas } from './types/district-areas/schema';
import { schema as events } from './types/events/schema';
import { schema as ranges } from './types/ranges/schema';

export const ENGINE_CHART_SCHEMAS: Readonly<Record<string, ChartSchema>> = {
	'district-areas': districtAreas,
	'control-timeline': controlTimeline,
	'area-held': areaHeld,
	events,
	bars,
	ranges
};
