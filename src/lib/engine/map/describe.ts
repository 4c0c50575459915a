// The map's text description, generated from the same model that colours it: who held each focus unit
// and the outline on the drawn date, the towns marked apart, the lines drawn, the highlights and the
// notes in force, after the editor's own sentence about what the map frames. The description cannot
// disagree with the map: both read the control model. Pure; every word is the story's. Run at build
// time: the scene carries each step's descriptions (describeSpan), the page picks the one in force
// (./descriptions.ts).
import { dayNumber, formatDate, fromDayNumber, type IsoDate } from '../content/dates';
import { template } from '../domain';
import type { StoryModel } from '../model';
import { listText } from '../text/list';
import type { AreaFacts } from '../chart/data';
import { dateSpan, mapStateFor } from './state';
import { DATE_SLOT, type Description } from './descriptions';
import type { Step } from '../content/schema';

export interface DescribeInput {
	/** The editor's sentence: what the map frames and why (never who held what). */
	lead: string;
	date: IsoDate;
	layers: readonly string[];
	districts: readonly string[];
	places: readonly string[];
	facts: AreaFacts;
	/** How the date is written (DATE_SLOT for the scene's descriptions); the date itself by default. */
	dateText?: string;
}

type Amount = 'all' | 'most' | 'part';

const amountOf = (fraction: number): Amount | null =>
	fraction >= 0.999 ? 'all' : fraction > 0.5 ? 'most' : fraction > 0.001 ? 'part' : null;

const sentence = (s: string) => (s ? `${s[0].toUpperCase()}${s.slice(1)}.` : '');

/** Per group (each focus unit, and the outline), the share of its area under each status. */
function groups(model: StoryModel, date: IsoDate, facts: AreaFacts) {
	const c = model.control.controlAt(date);
	const list = [
		...model.domain.focus.map((code) => ({ key: code as string | null, name: model.unitName(code) })),
		{ key: null, name: model.domain.words.outline.text }
	];
	return list.map((g) => {
		const areas = Object.keys(facts.km2).filter((a) => {
			const unit = facts.district[a];
			return g.key === null ? model.groupOf(unit) === 'outline' : unit === g.key;
		});
		const total = areas.reduce((s, a) => s + facts.km2[a], 0) || 1;
		const share = (status: string) => areas.reduce((s, a) => s + (c[a] === status ? facts.km2[a] : 0), 0) / total;
		return { name: g.name, share };
	});
}

/** The control part alone: "Control on 5 April 1993: Armenian forces hold …; Azerbaijan holds the rest." */
export function describeControl(model: StoryModel, date: IsoDate, facts: AreaFacts, dateText = formatDate(date)): string {
	const w = model.domain.words.describe;
	const g = groups(model, date, facts);
	/** "all of A and B, most of C and part of D" for the groups under one status. */
	const amounts = (status: string) => {
		const items = g.flatMap((x) => {
			const amount = amountOf(x.share(status));
			return amount ? [{ name: x.name, amount }] : [];
		});
		const parts = (['all', 'most', 'part'] as const).flatMap((amount) => {
			const names = items.filter((i) => i.amount === amount).map((i) => i.name);
			return names.length ? [template(w[amount], { names: listText(names) })] : [];
		});
		return listText(parts);
	};
	const clauses: string[] = [];
	const held = amounts(model.domain.primary);
	if (held) clauses.push(template(w.holds, { side: model.domain.sides[model.domain.primary].name, what: held }));
	for (const status of ['contested', 'unmapped'] as const) {
		const what = amounts(status);
		if (what) clauses.push(template(w[status], { what }));
	}
	clauses.push(clauses.length ? w.rest : w.allOne);
	return `${template(w.controlOn, { date: dateText })}: ${clauses.join('; ')}.`;
}

/** The whole description of a drawn map state. */
export function describeMap(model: StoryModel, input: DescribeInput): string {
	const { domain } = model;
	const w = domain.words.describe;
	const { date } = input;
	const parts = [input.lead.trim(), describeControl(model, date, input.facts, input.dateText)];
	const marks = model.control.townsAt(date);
	const named = (list: typeof marks) => listText(list.map((m) => `${model.placeName(m.town)} (${m.whenText})`));
	const said = marks.filter((m) => m.said !== null && m.said === m.holder);
	const held = marks.filter((m) => m.holder === domain.primary && m.said === null);
	if (said.length) parts.push(`${template(w.townsSaid, { items: named(said) })}.`);
	if (held.length) parts.push(`${template(w.townsHeld, { items: named(held) })}.`);
	const lines = input.layers.flatMap((id) => {
		const l = domain.layers[id];
		return l?.text ? [`${l.text}${l.approximate ? ` ${w.approximate}` : ''}`] : [];
	});
	if (lines.length) parts.push(sentence(template(w.drawn, { items: listText(lines) })));
	const hl = [
		...input.districts.map((c) => template(domain.words.unit, { name: model.unitName(c) })),
		...input.places.map((p) => model.placeName(p))
	];
	if (hl.length) parts.push(sentence(template(w.highlighted, { items: listText(hl) })));
	for (const n of model.control.notesAt(date)) parts.push(n.text);
	return parts.filter(Boolean).join(' ');
}

/** A step's map described at a progress through it (0: as the step opens; the no-JavaScript map). */
export function describeStep(model: StoryModel, step: Step, facts: AreaFacts, progress = 0): string {
	const state = mapStateFor(step, progress);
	return describeMap(model, {
		lead: step.alt.map,
		date: state.date,
		layers: state.layers,
		districts: state.districts,
		places: state.places,
		facts
	});
}

/**
 * A step's map descriptions over its date span, each from the first day it holds (one for a step on a
 * single day; a step that scrubs time has one per change of what the map shows), the date a slot
 * (descriptions.ts fills it).
 */
export function describeSpan(model: StoryModel, step: Step, facts: AreaFacts): Description[] {
	const [from, to] = dateSpan(step);
	const out: Description[] = [];
	for (let day = dayNumber(from); day <= dayNumber(to); day++) {
		const date = fromDayNumber(day);
		const state = mapStateFor(step, 0);
		const text = describeMap(model, { lead: step.alt.map, ...state, date, facts, dateText: DATE_SLOT });
		if (out.at(-1)?.text !== text) out.push({ from: date, text });
	}
	return out;
}
