import { untrack } from 'svelte';
import type { Step } from '../content/story';

/**
 * The step the chart shows: the active step once the map's camera has arrived at it ("fly, then
 * show", as the map does with its own colours and labels), one task after the arrival. The chart's
 * new drawing and its fade-in then never share frames with a camera move. A step without a map (its
 * view missing) moves the chart at once. Until the chart has the active step it keeps the date it
 * last showed, so an old chart never marks the new step's date. Create it while a component
 * initialises: it owns an effect.
 */
/** What the chart shows, shared by the graphic and, on compact layouts, the story's cards. */
export type ChartFollower<S extends { id: string } = Step> = ReturnType<typeof chartFollowsMap<S>>;

export function chartFollowsMap<S extends { id: string }>(active: () => S, date: () => string, hasMap: () => boolean) {
	let arrived = $state(untrack(active).id);
	let shown = $state.raw(untrack(active));
	$effect(() => {
		const step = active();
		if (hasMap() && arrived !== step.id) return;
		if (step === untrack(() => shown)) return;
		const t = setTimeout(() => (shown = step));
		return () => clearTimeout(t);
	});
	let lastDate = untrack(date);
	const shownDate = $derived.by(() => {
		if (shown === active()) lastDate = date();
		return lastDate;
	});
	return {
		/** The step for the chart. */
		get step() {
			return shown;
		},
		/** The date for the chart: the map's date once the chart has the active step. */
		get date() {
			return shownDate;
		},
		/** The map's camera has arrived at this step (Map's `onarrive`). */
		arrive(id: string) {
			arrived = id;
		}
	};
}
