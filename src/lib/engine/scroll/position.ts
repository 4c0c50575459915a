// Which step is active and how far through it the reader is, from the steps' geometry alone.
// Scroll events can skip or reorder on fast scrolls and anchor jumps; geometry cannot, so the scroller
// calls this whenever it fires, and deep links use it too.

/** The only scroll state: the active step's index and the reader's progress through it (0..1). */
export interface ScrollPosition {
	index: number;
	progress: number;
}

/** A step's box, in viewport pixels (getBoundingClientRect's top and bottom). */
export interface StepBox {
	top: number;
	bottom: number;
}

/** Boxes measured in page coordinates, as they sit in the viewport when the page is scrolled to `scrollY`. */
export function inViewport(boxes: readonly StepBox[], scrollY: number): StepBox[] {
	return boxes.map((b) => ({ top: b.top - scrollY, bottom: b.bottom - scrollY }));
}

/**
 * The active step is the last one whose top has passed the trigger line; before the first step it is
 * the first (progress 0). Progress is how far the trigger line is through that step's box, clamped.
 */
export function positionAt(boxes: readonly StepBox[], trigger: number): ScrollPosition {
	if (boxes.length === 0) return { index: 0, progress: 0 };
	let index = 0;
	for (let i = 0; i < boxes.length; i++) {
		if (boxes[i].top <= trigger) index = i;
		else break;
	}
	const { top, bottom } = boxes[index];
	const height = Math.max(1, bottom - top);
	const progress = Math.min(1, Math.max(0, (trigger - top) / height));
	return { index, progress };
}

/** Whether two positions differ enough to re-render (progress to a thousandth). */
export function samePosition(a: ScrollPosition, b: ScrollPosition): boolean {
	return a.index === b.index && Math.abs(a.progress - b.progress) < 0.001;
}

/** The scroll offset (document y) that puts a step's top just past the trigger line. */
export function scrollTopFor(stepDocumentTop: number, trigger: number): number {
	return Math.max(0, Math.round(stepDocumentTop - trigger + 2));
}
