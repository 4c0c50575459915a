// The control timeline: one row per district, coloured by who held it over time.
import { formatDate } from '../../../content/dates';
import { chartType } from '../../types';
import { shareText } from '../shared';
import ControlTimeline from './ControlTimeline.svelte';
import { timelineRows } from './rows';
import type { ControlTimelineSpec } from './schema';

export default chartType<ControlTimelineSpec>({
	component: ControlTimeline,
	table: (spec, ctx) => ({
		columns: [ctx.model.domain.words.unitNoun, ctx.strings.charts.from, ctx.strings.charts.to, ctx.model.domain.sides[ctx.model.domain.primary].name],
		rows: timelineRows(spec, ctx).flatMap((r) =>
			r.segments.map((s) => [ctx.model.unitName(r.code), formatDate(s.from), formatDate(s.to), shareText(s, ctx)])
		)
	}),
	describe: (spec, ctx) => {
		const { strings, model } = ctx;
		const rows = timelineRows(spec, ctx).map((r) => {
			const changes = r.segments.filter((s, i) => i > 0 || s.share !== 'none').map((s) => strings.charts.fromDate(shareText(s, ctx), formatDate(s.from)));
			return `${model.unitName(r.code)}: ${changes.length ? changes.join(', ') : shareText(r.segments[0], ctx)}`;
		});
		const marks = spec.marks.map((m) => `${m.label} (${formatDate(m.date)}${m.to ? ` – ${formatDate(m.to)}` : ''})`);
		const head = strings.charts.controlTimeline(model.domain.sides[model.domain.primary].name, strings.charts.span(formatDate(spec.from), formatDate(spec.to)));
		return `${head} ${rows.join('; ')}.${marks.length ? ` ${strings.charts.marked}: ${marks.join('; ')}.` : ''}`;
	},
	source: (_spec, ctx) => ctx.model.domain.words.chart.computedSource
});
