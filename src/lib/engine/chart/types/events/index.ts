// The events chart: a dated sequence on a time axis (see EventsChart.svelte).
import { formatDate } from '../../../content/dates';
import { chartType } from '../../types';
import { eventDate } from '../shared';
import EventsChart from './EventsChart.svelte';
import type { EventsSpec } from './schema';

export default chartType<EventsSpec>({
	component: EventsChart,
	table: (spec, { strings }) => ({
		columns: [strings.charts.date, strings.charts.event, strings.charts.accordingTo],
		rows: spec.events.map((e) => [eventDate(e), e.label, e.attribution ?? ''])
	}),
	describe: (spec, { strings }) =>
		`${strings.charts.timeline(strings.charts.span(formatDate(spec.from), formatDate(spec.to)))}: ${spec.events
			.map((e) => `${eventDate(e)}: ${e.label}${e.attribution ? ` (${e.attribution})` : ''}`)
			.join('; ')}.`,
	source: (spec) => spec.source
});
