// The labels a drawn map state names, with their text and size (they change with the state, not the
// camera), and the boxes the labels must keep clear (the stamp, the locator, the scale bar). Pure.
import type { TownMark } from '../control/model';
import { labelWidth } from '../text/widths';
import type { LabelInput } from './labels';
import type { Box } from './labels';
import type { SceneLabel } from './scene';
import type { MapState } from './state';
import { townLabel } from './town-label';

export type LabelItem = Omit<LabelInput, 'x' | 'y'> & { at: [number, number]; highlighted: boolean };

export function labelSet(
	labels: readonly SceneLabel[],
	drawn: Pick<MapState, 'stepId' | 'layers' | 'places' | 'districts'>,
	marks: readonly TownMark<string>[],
	firstLabels: Readonly<Record<string, { step: string; text: string }>>,
	townsLayer: string | null
): LabelItem[] {
	const showTowns = townsLayer !== null && drawn.layers.includes(townsLayer);
	const set: LabelItem[] = [];
	for (const l of labels) {
		const mark = marks.find((m) => m.town === l.id);
		const highlighted = drawn.places.includes(l.id) || drawn.districts.includes(l.id) || !!mark;
		if (l.kind === 'town' && !showTowns && !highlighted) continue;
		const text =
			l.kind === 'town' ? townLabel({ name: l.name, first: firstLabels[l.id], stepId: drawn.stepId, highlighted, mark }) : l.name;
		const area = l.kind === 'district';
		const shown = area ? text.toUpperCase() : text;
		const size = area ? 11 : 13;
		set.push({
			id: l.id,
			at: [l.x, l.y],
			highlighted,
			text: shown,
			kind: area ? 'area' : 'point',
			priority: (highlighted ? 10 : 0) + (l.kind === 'town' ? 2 : 1),
			size,
			// the weights and tracking of MapLabels' .label, .label.area and .label.highlighted
			width: labelWidth(shown, size, highlighted ? 700 : area ? 600 : 400, area ? 0.08 : 0)
		});
	}
	return set;
}

/**
 * A map under this width is small: a shorter locator, and the key a button under the stamp that opens
 * over the map (MapKey.svelte's container query says the same width).
 */
export const SMALL_MAP = 600;

/**
 * The boxes labels keep clear in a frame of width × height px: the stamp (with the key's button under
 * it on a small map), the locator, the scale bar.
 */
export function reservedBoxes(width: number, height: number): Box[] {
	const small = width < SMALL_MAP;
	return [
		{ x0: 0, y0: 0, x1: small ? 230 : 270, y1: 40 },
		...(small ? [{ x0: 0, y0: 40, x1: 150, y1: 88 }] : []),
		{ x0: width - (small ? 90 : 146), y0: 0, x1: width, y1: small ? 72 : 116 },
		{ x0: 0, y0: height - 34, x1: 170, y1: height }
	];
}
