// The area-held chart: the share of the districts' area held over time, computed from the control model.
import { formatDate } from '../../../content/dates';
import { formatNumber } from '../../primitives/layout';
import { chartType } from '../../types';
import { pct } from '../shared';
import AreaHeldChart from './AreaHeldChart.svelte';
import { heldSeries } from './series';
import type { AreaHeldSpec } from './schema';

export default chartType<AreaHeldSpec>({
	component: AreaHeldChart,
	table: (spec, ctx) => {
		const words = ctx.model.domain.words.chart;
		return {
			columns: [ctx.strings.charts.from, words.heldKm2, words.heldShare, words.contestedShare],
			rows: heldSeries(spec, ctx).map((p) => [
				formatDate(p.date),
				formatNumber(p.km2),
				pct(p.share),
				p.contestedKm2 ? `${pct(p.contestedShare)} (${formatNumber(p.contestedKm2)} ${words.km2})` : '—'
			])
		};
	},
	describe: (spec, ctx) => {
		const { strings, model } = ctx;
		const points = heldSeries(spec, ctx).map(
			(p) => `${strings.charts.fromDate(pct(p.share), formatDate(p.date))}${p.contestedKm2 ? ` (${strings.charts.alsoContested(pct(p.contestedShare))})` : ''}`
		);
		const head = strings.charts.areaHeld(model.domain.words.focus, model.domain.sides[model.domain.primary].name, strings.charts.span(formatDate(spec.from), formatDate(spec.to)));
		return `${head}: ${points.join('; ')}.`;
	},
	source: (_spec, ctx) => ctx.model.domain.words.chart.computedSource
});
