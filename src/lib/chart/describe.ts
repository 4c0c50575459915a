// Every chart's text description, generated from the same data it draws (its table's data, in
// sentences): the figures a screen reader hears are the figures on screen. An editor's sentence
// (`alt.chart`) may come first. Pure.
import type { ChartSpec } from '../content/schema';
import { formatDate } from '../content/dates';
import { district } from '../geo/districts';
import { SEVEN_DISTRICTS } from '../geo/districts';
import { SIDE_NAMES } from '../geo/words';
import { areaHeldSeries, controlRows, districtKm2, type AreaFacts } from './data';
import { formatNumber } from './layout';
import { shareText, eventDate } from './table';

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function describeChart(spec: ChartSpec, facts: AreaFacts, nkaoKm2: number, lead?: string): string {
	return [lead?.trim(), body(spec, facts, nkaoKm2)].filter(Boolean).join(' ');
}

function body(spec: ChartSpec, facts: AreaFacts, nkaoKm2: number): string {
	const span = 'from' in spec ? `${formatDate(spec.from)} to ${formatDate(spec.to)}` : '';
	switch (spec.type) {
		case 'district-areas': {
			const rows = [`the former NKAO ${formatNumber(nkaoKm2)}`, ...districtKm2(spec.districts, facts).map((d) => `${district(d.code).name} ${formatNumber(d.km2)}`)];
			return `Bar chart of areas in km², computed from the map's polygons (approximate): ${rows.join('; ')}.${spec.note ? ` ${spec.note}` : ''}`;
		}
		case 'control-timeline': {
			const rows = controlRows(spec.districts, spec.from, spec.to, facts).map((r) => {
				const changes = r.segments.filter((s, i) => i > 0 || s.share !== 'none').map((s) => `${shareText(s)} from ${formatDate(s.from)}`);
				return `${district(r.code).name}: ${changes.length ? changes.join(', ') : shareText(r.segments[0])}`;
			});
			const marks = spec.marks.map((m) => `${m.label} (${formatDate(m.date)}${m.to ? ` – ${formatDate(m.to)}` : ''})`);
			return `Timeline of control by ${SIDE_NAMES.arm}, one row per district, ${span}. ${rows.join('; ')}.${marks.length ? ` Marked: ${marks.join('; ')}.` : ''}`;
		}
		case 'area-held': {
			const points = areaHeldSeries(SEVEN_DISTRICTS, spec.from, spec.to, facts).map(
				(p) => `${pct(p.share)} from ${formatDate(p.date)}${p.contestedKm2 ? ` (and ${pct(p.contestedShare)} fought over, front not mapped)` : ''}`
			);
			return `Step chart of the share of the seven districts' area held by ${SIDE_NAMES.arm}, ${span}: ${points.join('; ')}.`;
		}
		case 'events':
			return `Timeline, ${span}: ${spec.events.map((e) => `${eventDate(e)}: ${e.label}${e.attribution ? ` (${e.attribution})` : ''}`).join('; ')}.`;
		case 'bars':
			return `Bar chart: ${spec.items.map((i) => `${i.label}${i.note ? ` (${i.note})` : ''}, ${formatNumber(i.value)} ${spec.unit}`).join('; ')}.`;
		case 'ranges':
			return `Chart of ${spec.unit} by district: ${spec.items.map((i) => `${district(i.district).name}, ${i.text}`).join('; ')}.${spec.annotation ? ` ${spec.annotation.text}.` : ''}`;
		case 'formulas':
			return spec.items.map((i) => `${i.name}, proposed by ${i.proposer}: Azerbaijan gets ${i.gives}, in exchange for: ${i.gets}.`).join(' ');
	}
}
