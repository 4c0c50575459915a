import { describe, expect, it } from 'vitest';
import { story } from '../server/story';
import { AREA_IDS } from '../geo/control';
import { tableFor } from './table';
import type { AreaFacts } from './data';

const facts: AreaFacts = {
	km2: Object.fromEntries(AREA_IDS.map((a) => [a, 100])) as AreaFacts['km2'],
	district: Object.fromEntries(AREA_IDS.map((a) => [a, a.startsWith('agdam') ? 'AZ-AGM' : a === 'kalbajar' ? 'AZ-KAL' : null])) as AreaFacts['district']
};

describe('tableFor', () => {
	it('gives every chart of the story a non-empty table', () => {
		for (const s of story.steps) {
			if (!s.chart) continue;
			const t = tableFor(s.chart, facts, 4000);
			expect(t.rows.length, s.id).toBeGreaterThan(0);
			for (const r of t.rows) expect(r.length, s.id).toBe(t.columns.length);
		}
	});
	it('lists the displacement figures', () => {
		const s = story.steps.find((x) => x.id === 'displacement')!;
		// figures for the whole of Azerbaijan, and the table says so
		expect(tableFor(s.chart!, facts, 0).rows).toEqual([
			['Displaced persons in Azerbaijan', '658,000 (estimated)'],
			['Refugees in Azerbaijan', '235,000 (estimated)']
		]);
	});
	it('shows upper bounds as such, with the story’s name and the OSCE spelling in a column of its own', () => {
		const s = story.steps.find((x) => x.id === 'settlers')!;
		const t = tableFor(s.chart!, facts, 0);
		expect(t.columns.slice(0, 2)).toEqual(['District', 'OSCE spelling']);
		expect(t.rows.find((r) => r[0] === 'Fuzuli')).toEqual(['Fuzuli', 'Fizuli', '—', '10', 'under 10']);
	});
	it('computes district areas from the facts', () => {
		const t = tableFor({ type: 'district-areas', title: 't', districts: ['AZ-AGM'] }, facts, 4388);
		expect(t.rows).toEqual([
			['Former NKAO', '4,388'],
			['Agdam', '200']
		]);
	});
});
