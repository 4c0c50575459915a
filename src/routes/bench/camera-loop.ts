// The camera loop shared by the bench comparison pages: which step is active (the last whose top has
// passed the trigger line, 55% down as in the story), and a move to that step's view on every change,
// run frame by frame with requestAnimationFrame (moveBetween, eased as in Map.svelte). Each page says
// how to draw a view: re-project every path, or set the viewBox.
import { easeCubicInOut } from '$lib/engine/map/camera';
import { moveBetween, type View, type ViewMove } from '$lib/engine/map/camera';

export interface CameraLoopOptions {
	/** The step elements, in story order. */
	steps: () => HTMLElement[];
	/** The camera's target view for step `index`. */
	viewFor: (index: number) => View;
	/** The view shown before any move. */
	start: View;
	/** Shows a view (called on every frame of a move). */
	draw: (view: View) => void;
	/** Told when the active step changes. */
	onActive: (index: number) => void;
}

export interface CameraLoop {
	/** The view shown now. */
	current(): View;
	destroy(): void;
}

/** Follows the page's scroll; browser only (call from onMount). */
export function cameraLoop({ steps, viewFor, start, draw, onActive }: CameraLoopOptions): CameraLoop {
	let current = start;
	let active = -1;
	let move: ViewMove | null = null;
	let startedAt = 0;
	let frame = 0;
	let pending = 0;

	function tick(now: number) {
		if (!move) return;
		const k = Math.min(1, Math.max(0, (now - startedAt) / move.duration));
		current = move(easeCubicInOut(k));
		draw(current);
		if (k < 1) frame = requestAnimationFrame(tick);
		else {
			frame = 0;
			move = null;
		}
	}

	function activeStep(): number {
		const line = window.innerHeight * 0.55;
		let index = 0;
		steps().forEach((el, i) => {
			if (el.getBoundingClientRect().top <= line) index = i;
		});
		return index;
	}

	function check() {
		pending = 0;
		const next = activeStep();
		if (next === active) return;
		const first = active < 0;
		active = next;
		onActive(next);
		if (first) {
			current = viewFor(next);
			draw(current);
			return;
		}
		// from wherever the camera is now, so a move can be redirected mid-way
		move = moveBetween(current, viewFor(next));
		startedAt = performance.now();
		if (!frame) frame = requestAnimationFrame(tick);
	}

	const onScroll = () => {
		if (!pending) pending = requestAnimationFrame(check);
	};
	window.addEventListener('scroll', onScroll, { passive: true });
	check();

	return {
		current: () => current,
		destroy() {
			window.removeEventListener('scroll', onScroll);
			cancelAnimationFrame(pending);
			cancelAnimationFrame(frame);
		}
	};
}
