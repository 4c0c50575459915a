// The control timeline's rows: each district's spans of control by the story's primary side.
import { controlRows } from '../../data';
import type { ChartContext } from '../../types';
import type { ControlTimelineSpec } from './schema';

export const timelineRows = (spec: ControlTimelineSpec, { model, facts }: ChartContext) =>
	controlRows(model.control, model.domain.primary, spec.districts, spec.from, spec.to, facts);
