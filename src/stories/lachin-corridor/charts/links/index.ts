// The links chart: the roads between Nagorno-Karabakh and Armenia over time (this story only).
import { chartsEn } from '../../../../lib/engine/strings/charts-en';
import { formatDate } from '../../../../lib/engine/content/dates';
import { chartType } from '../../../../lib/engine/chart/types';
import type { LinksSpec } from './schema';

export default chartType<LinksSpec>({
	table: (spec) => ({
		columns: [spec.headings.link, chartsEn.from, chartsEn.to, spec.headings.note],
		rows: spec.links.map((l) => [l.label, formatDate(l.from), l.to ? formatDate(l.to) : '—', l.note])
	}),
	describe: (spec) => spec.links.map((l) => `${l.label}: ${l.note}.`).join(' '),
	source: (spec) => spec.source
});
