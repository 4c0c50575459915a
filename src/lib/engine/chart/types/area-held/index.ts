// The area-held chart: the share of the districts' area held over time, computed from the control model.
import { chartsEn } from '../../../strings/charts-en';
import { formatDate } from '../../../content/dates';
import { formatNumber } from '../../primitives/layout';
import { chartType } from '../../types';
import { pct } from '../shared';
import { heldSeries } from './series';
import type { AreaHeldSpec } from './schema';

export default chartType<AreaHeldSpec>({
	table: (spec, ctx) => {
		const words = ctx.model.domain.words.chart;
		return {
			columns: [chartsEn.from, words.heldKm2, words.heldShare, words.contestedShare],
			rows: heldSeries(spec, ctx).map((p) => [
				formatDate(p.date),
				formatNumber(p.km2),
				pct(p.share),
				p.contestedKm2 ? `${pct(p.contestedShare)} (${formatNumber(p.contestedKm2)} ${words.km2})` : '—'
			])
		};
	},
	describe: (spec, ctx) => {
		const { model } = ctx;
		const points = heldSeries(spec, ctx).map(
			(p) =>
				`${chartsEn.fromDate(pct(p.share), formatDate(p.date))}${p.contestedKm2 ? ` (${chartsEn.alsoContested(pct(p.contestedShare))})` : ''}`
		);
		const head = chartsEn.areaHeld(
			model.domain.words.focus,
			model.domain.sides[model.domain.primary].name,
			chartsEn.span(formatDate(spec.from), formatDate(spec.to))
		);
		return `${head}: ${points.join('; ')}.`;
	},
	source: (_spec, ctx) => ctx.model.domain.words.chart.computedSource
});
