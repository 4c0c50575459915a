// The chart's fade-in, as a Svelte transition. Svelte's own `fade` reads the element's computed
// opacity first, which forces a style recalculation in the middle of a step change; this one knows
// it starts from 0 and ends at 1, so it only describes the CSS animation.

export interface AppearOptions {
	/** Milliseconds; 0 shows the element at once (reduced motion). */
	duration?: number;
}

export function appear(_node: Element, { duration = 300 }: AppearOptions = {}) {
	return { duration, css: (t: number) => `opacity: ${t}` };
}
