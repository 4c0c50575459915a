// Where the trigger line sits, in pixels from the viewport top. Side by side, a little below the
// middle; stacked (phones), near the top of the text area under the sticky graphic.

export function triggerLine(viewportHeight: number, graphicBottom: number, stacked: boolean): number {
	if (!stacked) return Math.round(viewportHeight * 0.55);
	const textTop = Math.min(Math.max(graphicBottom, 0), viewportHeight);
	return Math.round(textTop + (viewportHeight - textTop) * 0.3);
}
