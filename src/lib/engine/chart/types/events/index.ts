// The events chart: a dated sequence on a time axis (see EventsChart.svelte).
import { chartsEn } from '../../../strings/charts-en';
import { formatDate } from '../../../content/dates';
import { chartType } from '../../types';
import { eventDate } from '../shared';
import type { EventsSpec } from './schema';

export default chartType<EventsSpec>({
	table: (spec) => ({
		columns: [chartsEn.date, chartsEn.event, chartsEn.accordingTo],
		rows: spec.events.map((e) => [eventDate(e), e.label, e.attribution ?? ''])
	}),
	describe: (spec) =>
		`${chartsEn.timeline(chartsEn.span(formatDate(spec.from), formatDate(spec.to)))}: ${spec.events
			.map((e) => `${eventDate(e)}: ${e.label}${e.attribution ? ` (${e.attribution})` : ''}`)
			.join('; ')}.`,
	source: (spec) => spec.source
});
