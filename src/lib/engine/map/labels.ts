// Label placement for the HTML label layer: greedy, by priority, trying a few anchors around each
// point and dropping what would collide or fall off the map. Pure; text width is estimated.
import { estimateWidth } from '../text/widths';

export interface LabelInput {
	id: string;
	text: string;
	/** Screen position of the point, px. */
	x: number;
	y: number;
	/** Higher is placed first (highlighted places, then towns, then districts). */
	priority: number;
	/** 'area' labels sit centred on their point; 'point' labels beside their dot. */
	kind: 'point' | 'area';
	/** Font size in px (for the width estimate). */
	size?: number;
	/** The text's width in px, when measured; estimated from its length otherwise. */
	width?: number;
}

export type Anchor = 'right' | 'left' | 'above' | 'below' | 'centre';

export interface PlacedLabel extends LabelInput {
	anchor: Anchor;
	/** The label's box, px. */
	box: Box;
}

export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

const GAP = 5;

export function boxFor(l: LabelInput, anchor: Anchor): Box {
	const size = l.size ?? 13;
	const w = l.width ?? estimateWidth(l.text, size);
	const h = size * 1.25;
	switch (anchor) {
		case 'right':
			return { x0: l.x + GAP, y0: l.y - h / 2, x1: l.x + GAP + w, y1: l.y + h / 2 };
		case 'left':
			return { x0: l.x - GAP - w, y0: l.y - h / 2, x1: l.x - GAP, y1: l.y + h / 2 };
		case 'above':
			return { x0: l.x - w / 2, y0: l.y - GAP - h, x1: l.x + w / 2, y1: l.y - GAP };
		case 'below':
			return { x0: l.x - w / 2, y0: l.y + GAP, x1: l.x + w / 2, y1: l.y + GAP + h };
		case 'centre':
			return { x0: l.x - w / 2, y0: l.y - h / 2, x1: l.x + w / 2, y1: l.y + h / 2 };
	}
}

export function overlaps(a: Box, b: Box, pad = 2): boolean {
	return a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;
}

const POINT_ANCHORS: Anchor[] = ['right', 'left', 'above', 'below'];

/**
 * Places labels inside a width × height box without overlaps. Points keep a small square free around
 * their dot so no label covers another place's dot; `reserved` boxes (the map's date, locator and
 * scale bar) stay free too. Each placed label keeps whatever else its input carried.
 */
export function placeLabels<L extends LabelInput>(
	items: readonly L[],
	width: number,
	height: number,
	margin = 4,
	reserved: readonly Box[] = []
): (L & PlacedLabel)[] {
	const placed: (L & PlacedLabel)[] = [];
	const taken: Box[] = [
		...reserved,
		...items.filter((l) => l.kind === 'point').map((l) => ({ x0: l.x - 3, y0: l.y - 3, x1: l.x + 3, y1: l.y + 3 }))
	];
	const inside = (b: Box) => b.x0 >= margin && b.y0 >= margin && b.x1 <= width - margin && b.y1 <= height - margin;
	// ties by id in code-unit order: a locale-aware compare would build a collator, a cost paid every frame
	const sorted = [...items].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	for (const l of sorted) {
		const anchors = l.kind === 'area' ? (['centre', 'below'] as Anchor[]) : POINT_ANCHORS;
		for (const anchor of anchors) {
			const box = boxFor(l, anchor);
			const own = l.kind === 'point' ? { x0: l.x - 3, y0: l.y - 3, x1: l.x + 3, y1: l.y + 3 } : null;
			const clash = taken.some((t) => !(own && t.x0 === own.x0 && t.y0 === own.y0) && overlaps(box, t));
			if (inside(box) && !clash) {
				placed.push({ ...l, anchor, box });
				taken.push(box);
				break;
			}
		}
	}
	return placed;
}
