import { untrack } from 'svelte';

/**
 * The address follows the step the reader has reached (`#<id>`, replaced, no history entry per step),
 * once the map has arrived at it, as the chart does: replacing the URL costs the browser a long moment,
 * which must not fall in a camera move. Nothing is written until `start()` (the scroller has started),
 * nor for the step the page opened at. Create it while a component initialises: it owns an effect.
 */
export function addressFollows(step: () => string) {
	let started = $state(false);
	let written = untrack(step);
	$effect(() => {
		const id = step();
		if (!started || id === written) return;
		written = id;
		if (location.hash !== `#${id}`) history.replaceState(history.state, '', `#${id}`);
	});
	return {
		start() {
			started = true;
		}
	};
}
