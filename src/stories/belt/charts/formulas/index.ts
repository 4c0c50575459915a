// The formulas chart: one card per negotiating formula (this story only).
import { chartType } from '../../../../lib/engine/chart/types';
import type { FormulasSpec } from './schema';

export default chartType<FormulasSpec>({
	table: (spec) => ({
		columns: [spec.headings.name, spec.headings.proposer, spec.headings.gives, spec.headings.gets],
		rows: spec.items.map((i) => [i.name, i.proposer, i.gives, i.gets])
	}),
	describe: (spec) =>
		spec.items
			.map(
				(i) =>
					`${i.name}, ${spec.headings.proposer.toLowerCase()}: ${i.proposer}. ${spec.headings.gives}: ${i.gives}. ${spec.headings.gets}: ${i.gets}.`
			)
			.join(' '),
	source: (spec) => spec.source
});
