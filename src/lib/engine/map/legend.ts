// The map's key: what it lists for a drawn state (only what the map draws now, in the story's words,
// each with the swatch that draws it), and a safe-side estimate of its width, so the key can keep the
// room of the widest one the story ever shows and the map keeps its size from step to step.
import type { LineStyle } from '../domain';
import type { StoryModel } from '../model';
import { labelWidth } from '../text/widths';
import type { MapState } from './state';

/** How a key entry is drawn: colours are tokens of the vocabulary. */
export type Swatch =
	| { kind: 'fill'; colour: string }
	| { kind: 'hatch'; colours: readonly [string, string] }
	| { kind: 'line'; style: LineStyle }
	| { kind: 'band'; colour: string; opacity: number }
	| { kind: 'dot'; colour: string }
	| { kind: 'arrow'; colour: string };

export interface LegendItem {
	swatch: Swatch;
	label: string;
}

export interface LegendInput {
	state: Pick<MapState, 'date' | 'layers'>;
	/** Each control area's unit (null: in the outline). */
	districtOf: Readonly<Record<string, string | null>>;
	/** The arrows drawn now: their side and what each stands for. */
	arrows: readonly { side: string; label: string }[];
}

export function legendItems(model: StoryModel, { state, districtOf, arrows }: LegendInput): LegendItem[] {
	const { domain } = model;
	const key = domain.words.key;
	const c = model.control.controlAt(state.date);
	const areas = Object.keys(c);
	const items: LegendItem[] = [];
	// the base side once, then every other side's fill for each group it holds now
	items.push({ swatch: { kind: 'fill', colour: domain.fills[domain.base].focus }, label: key.sides[domain.base].focus });
	for (const side of Object.keys(domain.sides)) {
		if (side === domain.base) continue;
		for (const group of ['outline', 'focus'] as const) {
			if (areas.some((a) => c[a] === side && model.groupOf(districtOf[a] ?? null) === group)) {
				items.push({ swatch: { kind: 'fill', colour: domain.fills[side][group] }, label: key.sides[side][group] });
			}
		}
	}
	const hatch: [string, string] = [domain.fills[domain.primary].focus, domain.fills[domain.base].focus];
	if (areas.some((a) => c[a] === 'contested')) items.push({ swatch: { kind: 'hatch', colours: hatch }, label: key.contested });
	if (areas.some((a) => c[a] === 'unmapped')) items.push({ swatch: { kind: 'hatch', colours: ['unmapped', 'land'] }, label: key.unmapped });
	const marks = model.control.townsAt(state.date);
	for (const side of Object.keys(domain.sides)) {
		if (marks.some((m) => m.holder === side && m.said === side))
			items.push({ swatch: { kind: 'dot', colour: `town-${side}` }, label: key.townsSaid[side] });
		if (marks.some((m) => m.holder === side && m.said !== side))
			items.push({ swatch: { kind: 'dot', colour: `town-${side}` }, label: key.towns[side] });
	}
	for (const id of state.layers) {
		const l = domain.layers[id];
		if (!l?.label || !l.style) continue;
		items.push({
			swatch: l.kind === 'band' ? { kind: 'band', colour: l.style.colour, opacity: l.opacity ?? 0.45 } : { kind: 'line', style: l.style },
			label: l.label
		});
	}
	const seen = new Set<string>();
	for (const a of arrows) {
		if (seen.has(a.label)) continue;
		seen.add(a.label);
		items.push({ swatch: { kind: 'arrow', colour: `advance-${a.side}` }, label: a.label });
	}
	return items;
}

/** A key's width on one line, in ems of its text: each item's label, its swatch and the gap after it. */
export function legendWidth(items: readonly LegendItem[]): number {
	return items.reduce((sum, i) => sum + labelWidth(i.label, 1) + 2.3, 0);
}

/** The widest of several keys (the first of equals): the one whose room the map's key keeps. */
export function widestLegend(keys: readonly (readonly LegendItem[])[]): LegendItem[] {
	let best: readonly LegendItem[] = [];
	for (const k of keys) if (legendWidth(k) > legendWidth(best)) best = k;
	return [...best];
}
