// This story through the engine: its content is valid against its own vocabulary and chart types, its
// figures are computed, its own chart type is registered, and every step's chart has a table.
import { describe, expect, it } from 'vitest';
import { STORIES } from '../../lib/engine/server/stories.server';
import { chartTypeOf } from '../../lib/engine/chart/registry';
import { wholeYears } from '../../lib/engine/content/figures';

const slug = new URL('.', import.meta.url).pathname.split('/').filter(Boolean).at(-1)!;
const loaded = STORIES.find((s) => s.slug === slug)!;

describe('the Lachin corridor', () => {
	it('is served under its folder’s name, with 6 to 8 steps', () => {
		expect(loaded.path).toBe(`/${slug}`);
		expect(loaded.story.steps.length).toBeGreaterThanOrEqual(6);
		expect(loaded.story.steps.length).toBeLessThanOrEqual(8);
	});
	it('computes the years the old road was the corridor', () => {
		expect(wholeYears('1992-05-18', '2022-08-31')).toBe(30);
		expect(loaded.story.meta.dek).toMatch(/^For 30 years one road through Lachin \(Berdzor in Armenian\)/);
	});
	it('draws its own chart type, and gives every chart a table and a description', () => {
		const ctx = { model: loaded.model, facts: loaded.scene.facts, outlineKm2: loaded.scene.outlineKm2 };
		expect(chartTypeOf('links', 'lachin-corridor')).not.toBeNull();
		for (const s of loaded.story.steps) {
			const type = chartTypeOf(s.chart!.type, 'lachin-corridor')!;
			expect(type.table(s.chart!, ctx).rows.length, s.id).toBeGreaterThan(0);
			expect(type.describe(s.chart!, ctx).length, s.id).toBeGreaterThan(20);
		}
	});
	it('notes the new road of August 2022 on the maps after it, and says it is not drawn', () => {
		expect(
			loaded.model.control
				.notesAt('2022-09-15')
				.map((n) => n.text)
				.join(' ')
		).toMatch(/new road south of Lachin town .* not drawn/);
		expect(
			loaded.model.control
				.notesAt('2022-08-30')
				.map((n) => n.text)
				.join(' ')
		).not.toMatch(/new road/);
	});
});
