// The area-held chart's series: the share of its districts' area the primary side held, by change day.
import { areaHeldSeries } from '../../data';
import type { ChartContext } from '../../types';
import type { AreaHeldSpec } from './schema';

export const heldSeries = (spec: AreaHeldSpec, { model, facts }: ChartContext) =>
	areaHeldSeries(model.control, model.domain.primary, spec.districts ?? model.domain.focus, spec.from, spec.to, facts);
