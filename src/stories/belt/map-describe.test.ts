// The map's description is generated from the control model: for every step it names, as held by
// Armenian forces, exactly the districts the model gives them on the drawn date, and the steps whose old
// hand-written text disagreed with the map now say what the map shows.
import { describe, expect, it } from 'vitest';
import { control, type AreaId } from './domain/control';
import { district, SEVEN_DISTRICTS } from './domain/districts';
import { describeControl as describeControlOf, describeStep as describeStepOf } from '../../lib/engine/map/describe';
import { dateAt } from '../../lib/engine/map/state';
import { DATE_SLOT, descriptionOn, firstDescription } from '../../lib/engine/map/descriptions';
import type { Step } from '../../lib/engine/content/story';
import type { AreaFacts } from '../../lib/engine/chart/data';
import { model, scene, story } from './testing';

const describeStep = (s: Step, facts: AreaFacts, progress?: number) => describeStepOf(model, s, facts, progress);
const describeControl = (date: string, facts: AreaFacts) => describeControlOf(model, date, facts);

const step = (id: string) => story.steps.find((s) => s.id === id)!;
/** The clause naming what Armenian forces hold, or '' when they hold nothing. */
const heldClause = (text: string) => /Armenian forces hold ([^;.]*)/.exec(text)?.[1] ?? '';

describe('describeStep', () => {
	for (const s of story.steps) {
		it(`${s.id}: names as held exactly the districts the model gives Armenian forces`, () => {
			const date = dateAt(s, 0);
			const c = control.controlAt(date);
			const text = describeStep(s, scene.facts);
			expect(text.startsWith(s.alt.map)).toBe(true);
			const clause = heldClause(text);
			for (const code of SEVEN_DISTRICTS) {
				const held = (Object.keys(c) as AreaId[]).some((a) => scene.facts.district[a] === code && c[a] === 'arm');
				expect(clause.includes(district(code).name), `${s.id}: ${district(code).name} ${held ? 'held' : 'not held'} on ${date}`).toBe(held);
			}
			for (const n of control.notesAt(date)) expect(text).toContain(n.text);
		});
	}

	it('displacement: the districts and the former NKAO as held, not "all shaded as Armenian-held"', () => {
		expect(describeStep(step('displacement'), scene.facts)).toContain(
			'Control on 31 March 1994: Armenian forces hold all of Kalbajar, Lachin, Qubadli, Zangilan and Jabrayil, most of Agdam and the former NKAO and part of Fuzuli; Azerbaijan holds the rest.'
		);
	});
	it('war-2020: the areas taken by the ceasefire as fought over, with the front not mapped', () => {
		const text = describeStep(step('war-2020'), scene.facts);
		expect(text).toMatch(/fought over, with the front not mapped: all of Qubadli, Zangilan and Jabrayil/);
		expect(describeStep(step('war-2020'), scene.facts, 0.98)).toMatch(
			/Towns whose capture Azerbaijan announced: .*Hadrut \(9 October 2020\)/
		);
	});
	it('ceasefire-2020: most of Lachin still held, its south not', () => {
		expect(heldClause(describeStep(step('ceasefire-2020'), scene.facts))).toMatch(/most of .*Lachin/);
	});
	it('aftermath: control not mapped, never "all of it under Azerbaijani control"', () => {
		const text = describeStep(step('aftermath'), scene.facts);
		expect(text).toMatch(/control not mapped: most of the former NKAO/);
		expect(text).not.toMatch(/all of it under Azerbaijani control/);
	});
	it('before 1992: Azerbaijan holds everything', () => {
		expect(describeControl('1991-12-31', scene.facts)).toBe(
			'Control on 31 December 1991: Azerbaijan holds all seven districts and the former NKAO.'
		);
	});
});

describe('the descriptions the scene carries (what the page shows)', () => {
	it('give every step, at its start, the description of its map at progress 0', () => {
		for (const s of story.steps) expect(firstDescription(scene.descriptions[s.id]), s.id).toBe(describeStep(s, scene.facts));
	});
	it('follow a step that scrubs time through its span: war-2020 changes as towns are announced', () => {
		const war = step('war-2020');
		const list = scene.descriptions['war-2020'];
		expect(list.length).toBeGreaterThan(2);
		for (const progress of [0, 0.3, 0.6, 1]) {
			expect(descriptionOn(list, dateAt(war, progress)), String(progress)).toBe(describeStep(war, scene.facts, progress));
		}
	});
	it('carry one description per change of what the map says, the date filled in by the page', () => {
		const war = step('war-2020');
		const list = scene.descriptions['war-2020'];
		const [from, to] = [dateAt(war, 0), dateAt(war, 1)];
		const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
		expect(list.length).toBeLessThan(days / 3);
		for (const d of list) expect(d.text).toContain(DATE_SLOT);
		expect(descriptionOn(list, '2020-10-20')).toContain('20 October 2020');
		expect(descriptionOn(list, '2020-10-20')).not.toContain(DATE_SLOT);
	});
	it('a step on one day has one description', () => {
		expect(scene.descriptions['nkao']).toHaveLength(1);
	});
});

describe('descriptionOn', () => {
	const list = [
		{ from: '2020-09-27', text: 'a' },
		{ from: '2020-10-09', text: 'b' }
	];
	it('picks the description in force on a date, the first before the span', () => {
		expect(descriptionOn(list, '2020-09-01')).toBe('a');
		expect(descriptionOn(list, '2020-10-08')).toBe('a');
		expect(descriptionOn(list, '2020-10-09')).toBe('b');
		expect(descriptionOn(list, '2021-01-01')).toBe('b');
		expect(descriptionOn([], '2021-01-01')).toBe('');
	});
});
