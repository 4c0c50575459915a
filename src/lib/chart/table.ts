// Every chart's data as a table (for screen readers and the "Show data" toggle): the same figures the
// chart draws, from the content file or computed from the geodata. Pure.
import type { ChartEvent, ChartSpec } from '../content/schema';
import { formatDate } from '../content/dates';
import { district as districtRow } from '../geo/districts';
import { areaHeldSeries, controlRows, districtKm2, type AreaFacts, type Segment } from './data';
import { formatNumber } from './layout';
import { SEVEN_DISTRICTS } from '../geo/districts';

export interface DataTable {
	columns: string[];
	rows: string[][];
}

const SHARE_TEXT = {
	none: 'not held',
	part: 'held in part',
	all: 'held in full',
	contested: 'fought over, front not mapped',
	unmapped: 'control not mapped'
} as const;
/** A control segment in words: "held in part", "fought over, front not mapped". */
export const shareText = (s: Pick<Segment, 'share' | 'contested'>) => (s.share === 'contested' && s.contested < 0.999 ? `in part ${SHARE_TEXT.contested}` : SHARE_TEXT[s.share]);

/** An event's date as readers read it: "23 August 1993", "late October 1993", "27 March 1993 – 5 April 1993". */
export function eventDate(e: Pick<ChartEvent, 'date' | 'to' | 'part'>): string {
	return e.to ? `${formatDate(e.date)} – ${formatDate(e.to)}` : e.part ? `${e.part} ${formatDate(e.date)}` : formatDate(e.date);
}

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
					r.segments.map((s) => [districtRow(r.code).name, formatDate(s.from), formatDate(s.to), shareText(s)])
				)
			};
		case 'area-held':
			return {
				columns: ['From', 'km² held by Armenian forces (approximate)', 'Share of the seven districts', 'Fought over, front not mapped'],
				rows: areaHeldSeries(SEVEN_DISTRICTS, spec.from, spec.to, facts).map((p) => [
					formatDate(p.date),
					formatNumber(p.km2),
					`${Math.round(p.share * 100)}%`,
					p.contestedKm2 ? `${Math.round(p.contestedShare * 100)}% (${formatNumber(p.contestedKm2)} km²)` : '—'
				])
			};
		case 'events':
			return {
				columns: ['Date', 'Event', 'According to'],
				rows: spec.events.map((e) => [
					eventDate(e),
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
				columns: ['District', spec.spellingColumn, `${spec.unit}, low`, `${spec.unit}, high`, 'As the source puts it'],
				rows: spec.items.map((i) => [districtRow(i.district).name, i.spelled, i.bound === 'upper' ? '—' : formatNumber(i.low), formatNumber(i.high), i.text])
			};
		case 'formulas':
			return {
				columns: ['Formula', 'Proposed by', 'Azerbaijan gets', 'In exchange for'],
				rows: spec.items.map((i) => [i.name, i.proposer, i.gives, i.gets])
			};
	}
}
