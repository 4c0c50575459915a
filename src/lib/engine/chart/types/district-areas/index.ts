// The district-areas chart: the outline's area and each district's, computed from the map's polygons.
import { chartsEn } from '../../../strings/charts-en';
import { formatNumber } from '../../primitives/layout';
import { chartType } from '../../types';
import { areaItems } from './items';
import type { DistrictAreasSpec } from './schema';

export default chartType<DistrictAreasSpec>({
	table: (spec, ctx) => {
		const words = ctx.model.domain.words;
		return { columns: [words.unitNoun, words.chart.km2Heading], rows: areaItems(spec, ctx).map((i) => [i.label, formatNumber(i.value)]) };
	},
	describe: (spec, ctx) =>
		`${chartsEn.areas}: ${areaItems(spec, ctx)
			.map((i) => `${i.label} ${formatNumber(i.value)}`)
			.join('; ')}.${spec.note ? ` ${spec.note}` : ''}`,
	source: (_spec, ctx) => ctx.model.domain.words.chart.computedSource,
	note: (spec) => spec.note
});
