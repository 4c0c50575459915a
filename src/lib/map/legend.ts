// The map's key: what it lists for a drawn state (only what the map draws now, in the story's words), and a safe-side
// estimate of its width, so the key can keep the room of the widest one the story ever shows and the
// map keeps its size from step to step.
import { control, type AreaId } from '../geo/control';
import { CONTROL_KEY } from '../geo/words';
import { isNkaoArea } from './areas';
import { labelWidth } from './labels';
import type { MapState } from './state';
import { LAYERS, LINE_LAYER_IDS } from './vocabulary';

export interface LegendItem {
	/** The swatch's class. */
	swatch: string;
	label: string;
}

export interface LegendInput {
	state: Pick<MapState, 'date' | 'layers'>;
	/** Each control area's district (null: in the former NKAO). */
	districtOf: Readonly<Record<string, string | null>>;
	/** The arrows drawn now: their side and what each stands for. */
	arrows: readonly { side: 'arm' | 'az'; label: string }[];
}

export function legendItems({ state, districtOf, arrows }: LegendInput): LegendItem[] {
	const c = control.controlAt(state.date);
	const areas = Object.keys(c) as AreaId[];
	const held = areas.filter((a) => c[a] === 'arm');
	const items: LegendItem[] = [{ swatch: 'az', label: CONTROL_KEY.az }];
	if (held.some((a) => isNkaoArea(districtOf[a] ?? null))) items.push({ swatch: 'arm-nkao', label: CONTROL_KEY['arm-nkao'] });
	if (held.some((a) => !isNkaoArea(districtOf[a] ?? null))) items.push({ swatch: 'arm-district', label: CONTROL_KEY['arm-district'] });
	if (areas.some((a) => c[a] === 'contested')) items.push({ swatch: 'contested', label: CONTROL_KEY.contested });
	if (areas.some((a) => c[a] === 'unmapped')) items.push({ swatch: 'unmapped', label: CONTROL_KEY.unmapped });
	const marks = control.townsAt(state.date);
	if (marks.some((m) => m.holder === 'az')) items.push({ swatch: 'town-az-said', label: CONTROL_KEY['town-az-said'] });
	if (marks.some((m) => m.holder === 'arm')) items.push({ swatch: 'town-arm', label: CONTROL_KEY['town-arm'] });
	for (const id of state.layers) {
		const label = LAYERS[id].label;
		if (!label) continue;
		const line = (LINE_LAYER_IDS as readonly string[]).includes(id);
		items.push({ swatch: id === 'nkao' ? 'nkao-line' : id === 'peacekeepers' ? 'pk' : line ? `line-${id}` : id, label });
	}
	const seen = new Set<string>();
	for (const a of arrows) {
		if (seen.has(a.label)) continue;
		seen.add(a.label);
		items.push({ swatch: `arrow-${a.side}`, label: a.label });
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
