// Every chart of this story through the registry: a table with a row per figure, a description from the
// same data and a source line; the figures as the content gives them, the computed ones from the data.
import { describe, expect, it } from 'vitest';
import { chartTypeOf } from '../../lib/engine/chart/registry';
import type { ChartContext } from '../../lib/engine/chart/types';
import { en } from '../../lib/engine/strings/en';
import { model, scene, step, story } from './testing';

const ctx: ChartContext = { model, facts: scene.facts, outlineKm2: scene.outlineKm2, strings: en };
const tableOf = (id: string) => {
	const spec = step(id).chart!;
	return chartTypeOf(spec.type)!.table(spec, ctx);
};

describe('the registry', () => {
	it('knows every chart type of the story, the story’s own included', () => {
		for (const s of story.steps) if (s.chart) expect(chartTypeOf(s.chart.type), `${s.id}: ${s.chart.type}`).not.toBeNull();
		expect(chartTypeOf('formulas')).not.toBeNull();
		expect(chartTypeOf('pie')).toBeNull();
	});
	it('gives every chart a non-empty table, a description and a source line', () => {
		for (const s of story.steps) {
			if (!s.chart) continue;
			const type = chartTypeOf(s.chart.type)!;
			const t = type.table(s.chart, ctx);
			expect(t.rows.length, s.id).toBeGreaterThan(0);
			for (const r of t.rows) expect(r.length, s.id).toBe(t.columns.length);
			expect(type.describe(s.chart, ctx).length, s.id).toBeGreaterThan(20);
			expect(type.source(s.chart, ctx).length, s.id).toBeGreaterThan(5);
		}
	});
});

describe('tables', () => {
	it('list the displacement figures, said to be for the whole of Azerbaijan', () => {
		expect(tableOf('displacement').rows).toEqual([
			['Displaced persons in Azerbaijan', '658,000 (estimated)'],
			['Refugees in Azerbaijan', '235,000 (estimated)']
		]);
	});
	it('show upper bounds as such, with the story’s name and the OSCE spelling in a column of its own', () => {
		const t = tableOf('settlers');
		expect(t.columns.slice(0, 2)).toEqual(['District', 'OSCE spelling']);
		expect(t.rows.find((r) => r[0] === 'Fuzuli')).toEqual(['Fuzuli', 'Fizuli', '—', '10', 'under 10']);
	});
	it('compute district areas from the geodata, the outline first', () => {
		const t = tableOf('nkao');
		expect(t.columns).toEqual(['District', 'km² (approximate)']);
		expect(t.rows[0]).toEqual(['Former NKAO', scene.outlineKm2.toLocaleString('en-GB')]);
		expect(t.rows.map((r) => r[0])).toContain('Kalbajar');
	});
	it('give the formulas with the story’s own headings', () => {
		expect(tableOf('talks').columns).toEqual(['Formula', 'Proposed by', 'Azerbaijan gets', 'In exchange for']);
	});
});
