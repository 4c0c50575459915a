// Every chart's data as a table (for screen readers and the "Show data" toggle): the same figures the
// chart draws, from the content file or computed from the geodata. Pure.
import type { ChartSpec } from '../content/schema';
import { formatDate } from '../content/dates';
import { district as districtRow } from '../geo/districts';
import { areaHeldSeries, controlRows, districtKm2, type AreaFacts } from './data';
import { formatNumber } from './layout';
import { SEVEN_DISTRICTS } from '../geo/districts';

export interface DataTable {
	columns: string[];
	rows: string[][];
}

const SHARE_TEXT = { none: 'not held', part: 'held in part', all: 'held in full' } as const;

export function tableFor(spec: ChartSpec, facts: AreaFacts, nkaoKm2: number): DataTable {
	switch (spec.type) {
		case 'district-areas':
			return {
				columns: ['Area', 'km² (approximate)'],
				rows: [
					['Former NKAO', formatNumber(nkaoKm2)],
					...districtKm2(spec.districts, facts).map((d) => [districtRow(d.code).name, formatNumber(d.km2)])
				]
			};
		case 'control-timeline':
			return {
				columns: ['District', 'From', 'To', 'Armenian forces'],
				rows: controlRows(spec.districts, spec.from, spec.to, facts).flatMap((r) =>
					r.segments.map((s) => [districtRow(r.code).name, formatDate(s.from), formatDate(s.to), SHARE_TEXT[s.share]])
				)
			};
		case 'area-held':
			return {
				columns: ['From', 'km² held by Armenian forces (approximate)', 'Share of the seven districts'],
				rows: areaHeldSeries(SEVEN_DISTRICTS, spec.from, spec.to, facts).map((p) => [
					formatDate(p.date),
					formatNumber(p.km2),
					`${Math.round(p.share * 100)}%`
				])
			};
		case 'events':
			return {
				columns: ['Date', 'Event', 'According to'],
				rows: spec.events.map((e) => [
					e.to ? `${formatDate(e.date)} – ${formatDate(e.to)}` : e.part ? `${e.part} ${formatDate(e.date)}` : formatDate(e.date),
					e.label,
					e.attribution ?? ''
				])
			};
		case 'bars':
			return {
				columns: ['', spec.unit],
				rows: spec.items.map((i) => [i.label, `${formatNumber(i.value)}${i.note ? ` (${i.note})` : ''}`])
			};
		case 'ranges':
			return {
				columns: ['District', `${spec.unit}, low`, `${spec.unit}, high`, 'As the source puts it'],
				rows: spec.items.map((i) => [i.label, i.bound === 'upper' ? '—' : formatNumber(i.low), formatNumber(i.high), i.text])
			};
		case 'formulas':
			return {
				columns: ['Formula', 'Proposed by', 'Azerbaijan gets', 'In exchange for'],
				rows: spec.items.map((i) => [i.name, i.proposer, i.gives, i.gets])
			};
	}
}
