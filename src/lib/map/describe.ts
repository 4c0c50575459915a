// The map's text description, generated from the same model that colours it: who held each of the seven
// districts and the former NKAO on the drawn date, the towns marked apart, the lines drawn, the
// highlights and the notes in force, after the editor's own sentence about what the map frames. The
// description cannot disagree with the map: both read controlAt(). Pure.
import { formatDate, type IsoDate } from '../content/dates';
import { control, type AreaId, type Holder } from '../geo/control';
import { district, SEVEN_DISTRICTS } from '../geo/districts';
import { PLACES } from '../geo/places';
import { listText } from '../text/list';
import { DESCRIBE, NKAO_NAME, SIDE_NAMES } from '../geo/words';
import type { AreaFacts } from '../chart/data';
import { LAYERS, type LayerId } from './vocabulary';
import { mapStateFor } from './state';
import type { Step } from '../content/schema';

export interface DescribeInput {
	/** The editor's sentence: what the map frames and why (never who held what). */
	lead: string;
	date: IsoDate;
	layers: readonly LayerId[];
	districts: readonly string[];
	places: readonly string[];
	facts: AreaFacts;
}

type Amount = 'all' | 'most' | 'part';

const amountOf = (fraction: number): Amount | null => (fraction >= 0.999 ? 'all' : fraction > 0.5 ? 'most' : fraction > 0.001 ? 'part' : null);

/** Per group (each of the seven districts, and the former NKAO), how much each status covers. */
function groups(control: Readonly<Record<AreaId, Holder>>, facts: AreaFacts) {
	const seven = SEVEN_DISTRICTS as readonly string[];
	const list = [...SEVEN_DISTRICTS.map((code) => ({ key: code as string, name: district(code).name })), { key: 'nkao', name: NKAO_NAME }];
	return list.map((g) => {
		const areas = (Object.keys(facts.km2) as AreaId[]).filter((a) => {
			const d = facts.district[a];
			return g.key === 'nkao' ? d === null || !seven.includes(d) : d === g.key;
		});
		const total = areas.reduce((s, a) => s + facts.km2[a], 0) || 1;
		const share = (h: Holder) => areas.reduce((s, a) => s + (control[a] === h ? facts.km2[a] : 0), 0) / total;
		return { ...g, arm: share('arm'), contested: share('contested'), unmapped: share('unmapped') };
	});
}

/** "all of Lachin and Kalbajar, part of Agdam and Fuzuli and most of the former NKAO" */
function amounts(items: readonly { name: string; amount: Amount }[]): string {
	const parts: string[] = [];
	for (const amount of ['all', 'most', 'part'] as const) {
		const names = items.filter((i) => i.amount === amount).map((i) => i.name);
		if (names.length) parts.push(DESCRIBE[amount](listText(names)));
	}
	return listText(parts);
}

const sentence = (s: string) => (s ? `${s[0].toUpperCase()}${s.slice(1)}.` : '');
const placeName = (id: string) => PLACES.find((p) => p.id === id)?.name ?? id;

/** The control part alone: "Control on 5 April 1993: Armenian forces hold …; Azerbaijan holds the rest." */
export function describeControl(date: IsoDate, facts: AreaFacts): string {
	const g = groups(control.controlAt(date), facts);
	const held = g.flatMap((x) => (amountOf(x.arm) ? [{ name: x.name, amount: amountOf(x.arm)! }] : []));
	const fought = g.flatMap((x) => (amountOf(x.contested) ? [{ name: x.name, amount: amountOf(x.contested)! }] : []));
	const unmapped = g.flatMap((x) => (amountOf(x.unmapped) ? [{ name: x.name, amount: amountOf(x.unmapped)! }] : []));
	const clauses: string[] = [];
	if (held.length) clauses.push(DESCRIBE.holds(SIDE_NAMES.arm, amounts(held)));
	if (fought.length) clauses.push(DESCRIBE.contested(amounts(fought)));
	if (unmapped.length) clauses.push(DESCRIBE.unmapped(amounts(unmapped)));
	clauses.push(held.length || fought.length || unmapped.length ? DESCRIBE.rest : DESCRIBE.allAz);
	return `${DESCRIBE.controlOn(formatDate(date))}: ${clauses.join('; ')}.`;
}

/** The whole description of a drawn map state. */
export function describeMap(input: DescribeInput): string {
	const { date } = input;
	const parts = [input.lead.trim(), describeControl(date, input.facts)];
	const marks = control.townsAt(date);
	const said = marks.filter((m) => m.said === 'az' && m.holder === 'az').map((m) => `${placeName(m.town)} (${m.whenText})`);
	const arm = marks.filter((m) => m.holder === 'arm').map((m) => `${placeName(m.town)} (${m.whenText})`);
	if (said.length) parts.push(`${DESCRIBE.townsSaid(listText(said))}.`);
	if (arm.length) parts.push(`${DESCRIBE.townsArm(listText(arm))}.`);
	const lines = input.layers.flatMap((id) => {
		const l = LAYERS[id];
		return l.text ? [`${l.text}${l.approximate ? ' (approximate)' : ''}`] : [];
	});
	if (lines.length) parts.push(sentence(DESCRIBE.drawn(listText(lines))));
	const hl = [...input.districts.map((c) => DESCRIBE.district(district(c).name)), ...input.places.map(placeName)];
	if (hl.length) parts.push(sentence(DESCRIBE.highlighted(listText(hl))));
	for (const n of control.notesAt(date)) parts.push(n.text);
	return parts.filter(Boolean).join(' ');
}

/** A step's map described at a progress through it (0: as the step opens; the no-JavaScript map). */
export function describeStep(step: Step, facts: AreaFacts, progress = 0): string {
	const state = mapStateFor(step, progress);
	return describeMap({ lead: step.alt.map, date: state.date, layers: state.layers, districts: state.districts, places: state.places, facts });
}
