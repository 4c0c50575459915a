// The map's key: what it lists for a drawn state (only what the map draws now), and a safe-side
// estimate of its width, so the key can keep the room of the widest one the story ever shows and the
// map keeps its size from step to step.
import { controlAt, type AreaId } from '../geo/control';
import { isNkaoArea } from './areas';
import { labelWidth } from './labels';
import { peacekeepersDeployed, type MapState } from './state';
import { LINE_LAYERS } from './vocabulary';

export interface LegendItem {
	/** The swatch's class. */
	swatch: string;
	label: string;
}

export interface LegendInput {
	state: Pick<MapState, 'date' | 'layers'>;
	/** Each control area's district (null: in the former NKAO). */
	districtOf: Readonly<Record<string, string | null>>;
	/** The sides of the arrows drawn now. */
	arrowSides: readonly ('arm' | 'az')[];
}

export function legendItems({ state, districtOf, arrowSides }: LegendInput): LegendItem[] {
	const control = controlAt(state.date);
	const held = (Object.keys(control) as AreaId[]).filter((a) => control[a] === 'arm');
	const items: LegendItem[] = [{ swatch: 'az', label: 'Azerbaijan' }];
	if (held.some((a) => isNkaoArea(districtOf[a] ?? null))) items.push({ swatch: 'arm-nkao', label: 'Armenian forces: former NKAO' });
	if (held.some((a) => !isNkaoArea(districtOf[a] ?? null))) items.push({ swatch: 'arm-district', label: 'Armenian forces: districts' });
	if (state.layers.includes('nkao')) items.push({ swatch: 'nkao-line', label: 'Former NKAO' });
	for (const id of state.layers) if (id in LINE_LAYERS) items.push({ swatch: `line-${id}`, label: LINE_LAYERS[id as keyof typeof LINE_LAYERS] });
	if (state.layers.includes('peacekeepers') && peacekeepersDeployed(state.date)) items.push({ swatch: 'pk', label: 'Russian peacekeepers (approx.)' });
	for (const side of arrowSides) items.push({ swatch: `arrow-${side}`, label: `${side === 'arm' ? 'Armenian' : 'Azerbaijani'} advance (schematic)` });
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
