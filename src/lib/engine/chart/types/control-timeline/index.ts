// The control timeline: one row per district, coloured by who held it over time.
import { chartsEn } from '../../../strings/charts-en';
import { formatDate } from '../../../content/dates';
import { chartType } from '../../types';
import { shareText } from '../shared';
import { timelineRows } from './rows';
import type { ControlTimelineSpec } from './schema';

export default chartType<ControlTimelineSpec>({
	table: (spec, ctx) => ({
		columns: [ctx.model.domain.words.unitNoun, chartsEn.from, chartsEn.to, ctx.model.domain.sides[ctx.model.domain.primary].name],
		rows: timelineRows(spec, ctx).flatMap((r) =>
			r.segments.map((s) => [ctx.model.unitName(r.code), formatDate(s.from), formatDate(s.to), shareText(s, ctx)])
		)
	}),
	describe: (spec, ctx) => {
		const { model } = ctx;
		const rows = timelineRows(spec, ctx).map((r) => {
			const changes = r.segments
				.filter((s, i) => i > 0 || s.share !== 'none')
				.map((s) => chartsEn.fromDate(shareText(s, ctx), formatDate(s.from)));
			return `${model.unitName(r.code)}: ${changes.length ? changes.join(', ') : shareText(r.segments[0], ctx)}`;
		});
		const marks = spec.marks.map((m) => `${m.label} (${formatDate(m.date)}${m.to ? ` – ${formatDate(m.to)}` : ''})`);
		const head = chartsEn.controlTimeline(
			model.domain.sides[model.domain.primary].name,
			chartsEn.span(formatDate(spec.from), formatDate(spec.to))
		);
		return `${head} ${rows.join('; ')}.${marks.length ? ` ${chartsEn.marked}: ${marks.join('; ')}.` : ''}`;
	},
	source: (_spec, ctx) => ctx.model.domain.words.chart.computedSource
});
