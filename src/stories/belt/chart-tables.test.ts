// Every chart of this story through the registry: a table with a row per figure, a description from the
// same data and a source line; the figures as the content gives them, the computed ones from the data.
import { describe, expect, it } from 'vitest';
import { ENGINE_CHART_TYPES, STORY_CHART_TYPES, chartTexts, chartTypeOf } from '../../lib/engine/chart/registry';
import { drawingKey, drawingOf, loadDrawing } from '../../lib/engine/chart/drawings.svelte';
import type { ChartContext } from '../../lib/engine/chart/types';
import { model, scene, step, story } from './testing';

const ctx: ChartContext = { model, facts: scene.facts, outlineKm2: scene.outlineKm2 };
const tableOf = (id: string) => {
	const spec = step(id).chart!;
	return chartTypeOf(spec.type, 'belt')!.table(spec, ctx);
};

describe('the registry', () => {
	it('knows every chart type of the story, the story’s own included', () => {
		for (const s of story.steps) if (s.chart) expect(chartTypeOf(s.chart.type, 'belt'), `${s.id}: ${s.chart.type}`).not.toBeNull();
		expect(chartTypeOf('formulas', 'belt')).not.toBeNull();
		expect(chartTypeOf('pie', 'belt')).toBeNull();
		// a story's own type is its alone
		expect(chartTypeOf('formulas', 'lachin-corridor')).toBeNull();
		expect(chartTypeOf('formulas')).toBeNull();
	});
	it('gives every type a drawing the page can load, and none to a type it does not know', async () => {
		const all = [
			...Object.keys(ENGINE_CHART_TYPES).map((type) => ['belt', type]),
			...Object.entries(STORY_CHART_TYPES).flatMap(([slug, types]) => Object.keys(types).map((type) => [slug, type]))
		];
		for (const [slug, type] of all) {
			const key = drawingKey(type, slug);
			expect(key, `${slug}: ${type}`).not.toBeNull();
			await loadDrawing(key!);
			expect(typeof drawingOf(key!), key!).toBe('function');
		}
		expect(drawingKey('formulas', 'belt')).toBe('belt/formulas');
		expect(drawingKey('events', 'belt')).toBe('events');
		expect(drawingKey('formulas', 'lachin-corridor')).toBeNull();
		expect(drawingKey('pie', 'belt')).toBeNull();
	});
	it('computes each step’s chart texts at build time: the editor’s sentence, then the description; source, table', () => {
		for (const s of story.steps) {
			if (!s.chart) continue;
			const type = chartTypeOf(s.chart.type, 'belt')!;
			const texts = chartTexts(s, ctx, 'belt')!;
			expect(texts.summary, s.id).toBe([s.alt.chart, type.describe(s.chart, ctx)].filter(Boolean).join(' '));
			expect(texts.source).toBe(type.source(s.chart, ctx));
			expect(texts.table).toEqual(type.table(s.chart, ctx));
		}
		const unknown = { ...story.steps[0], chart: { ...story.steps[0].chart!, type: 'pie' } };
		expect(chartTexts(unknown, ctx, 'belt')).toBeNull();
	});
	it('gives every chart a non-empty table, a description and a source line', () => {
		for (const s of story.steps) {
			if (!s.chart) continue;
			const type = chartTypeOf(s.chart.type, 'belt')!;
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
