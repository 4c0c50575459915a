// The bars chart: figures from the content file, with their source.
import { formatNumber } from '../../primitives/layout';
import { chartType } from '../../types';
import BarsChart from './BarsChart.svelte';
import type { BarsSpec } from './schema';

export default chartType<BarsSpec>({
	component: BarsChart,
	table: (spec) => ({
		columns: ['', spec.unit],
		rows: spec.items.map((i) => [i.label, `${formatNumber(i.value)}${i.note ? ` (${i.note})` : ''}`])
	}),
	describe: (spec, { strings }) =>
		`${strings.charts.bars}: ${spec.items.map((i) => `${i.label}${i.note ? ` (${i.note})` : ''}, ${formatNumber(i.value)} ${spec.unit}`).join('; ')}.`,
	source: (spec) => spec.source
});
