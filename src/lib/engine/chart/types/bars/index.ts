// The bars chart: figures from the content file, with their source.
import { chartsEn } from '../../../strings/charts-en';
import { formatNumber } from '../../primitives/layout';
import { chartType } from '../../types';
import type { BarsSpec } from './schema';

export default chartType<BarsSpec>({
	table: (spec) => ({
		columns: ['', spec.unit],
		rows: spec.items.map((i) => [i.label, `${formatNumber(i.value)}${i.note ? ` (${i.note})` : ''}`])
	}),
	describe: (spec) =>
		`${chartsEn.bars}: ${spec.items.map((i) => `${i.label}${i.note ? ` (${i.note})` : ''}, ${formatNumber(i.value)} ${spec.unit}`).join('; ')}.`,
	source: (spec) => spec.source
});
