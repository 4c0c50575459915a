// The ranges chart: figures per district as the source gives them, ranges and upper bounds kept.
import { chartsEn } from '../../../strings/charts-en';
import { formatNumber } from '../../primitives/layout';
import { chartType } from '../../types';
import type { RangesSpec } from './schema';

export default chartType<RangesSpec>({
	table: (spec, { model }) => ({
		columns: [
			model.domain.words.unitNoun,
			spec.spellingColumn,
			chartsEn.low(spec.unit),
			chartsEn.high(spec.unit),
			chartsEn.asTheSourcePutsIt
		],
		rows: spec.items.map((i) => [
			model.unitName(i.district),
			i.spelled,
			i.bound === 'upper' ? '—' : formatNumber(i.low),
			formatNumber(i.high),
			i.text
		])
	}),
	describe: (spec, { model }) =>
		`${chartsEn.ranges(spec.unit)}: ${spec.items.map((i) => `${model.unitName(i.district)}, ${i.text}`).join('; ')}.${spec.annotation ? ` ${spec.annotation.text}.` : ''}`,
	source: (spec) => spec.source
});
