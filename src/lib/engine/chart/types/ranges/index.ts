// The ranges chart: figures per district as the source gives them, ranges and upper bounds kept.
import { formatNumber } from '../../primitives/layout';
import { chartType } from '../../types';
import RangesChart from './RangesChart.svelte';
import type { RangesSpec } from './schema';

export default chartType<RangesSpec>({
	component: RangesChart,
	table: (spec, { model, strings }) => ({
		columns: [model.domain.words.unitNoun, spec.spellingColumn, strings.charts.low(spec.unit), strings.charts.high(spec.unit), strings.charts.asTheSourcePutsIt],
		rows: spec.items.map((i) => [model.unitName(i.district), i.spelled, i.bound === 'upper' ? '—' : formatNumber(i.low), formatNumber(i.high), i.text])
	}),
	describe: (spec, { model, strings }) =>
		`${strings.charts.ranges(spec.unit)}: ${spec.items.map((i) => `${model.unitName(i.district)}, ${i.text}`).join('; ')}.${spec.annotation ? ` ${spec.annotation.text}.` : ''}`,
	source: (spec) => spec.source
});
