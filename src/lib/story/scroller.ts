// The one scroll engine: scrollama, wrapped once. Nothing else in the project imports scrollama.
// Scrollama's IntersectionObservers tell us *when* to look; positionAt() over the steps' boxes says
// *where* the reader is, so fast scrolls, anchor jumps and reloads mid-page never skip or replay steps.
import scrollama from 'scrollama';
import { positionAt, samePosition, type ScrollPosition } from './position';

export interface ScrollerOptions {
	/** The step elements, in story order. */
	steps: HTMLElement[];
	/** The trigger line, in pixels from the viewport top (re-read on resize: pixel offsets, not vh). */
	trigger: () => number;
	/** Called with the new position whenever the active step or its progress changes. */
	onChange: (position: ScrollPosition) => void;
}

export interface Scroller {
	/** Reads the current position now (after a programmatic scroll, say). */
	update(): void;
	destroy(): void;
}

const RESIZE_DEBOUNCE_MS = 150;

export function createScroller({ steps, trigger, onChange }: ScrollerOptions): Scroller {
	let last: ScrollPosition | null = null;
	let instance: ReturnType<typeof scrollama> | null = null;
	let resizeTimer: ReturnType<typeof setTimeout> | undefined;
	let frame = 0;

	function update() {
		frame = 0;
		const boxes = steps.map((el) => el.getBoundingClientRect());
		const next = positionAt(boxes, trigger());
		if (last && samePosition(last, next)) return;
		last = next;
		onChange(next);
	}

	/** Coalesces observer callbacks into at most one geometry read per frame. */
	function schedule() {
		if (!frame) frame = requestAnimationFrame(update);
	}

	function setup() {
		instance?.destroy();
		instance = scrollama();
		instance
			// scrollama accepts "Npx" offsets, though its typings only list fractions
			.setup({ step: steps, offset: `${Math.round(trigger())}px` as unknown as 0.5, progress: true, threshold: 4 })
			.onStepEnter(schedule)
			.onStepExit(schedule)
			.onStepProgress(schedule);
	}

	function onResize() {
		clearTimeout(resizeTimer);
		resizeTimer = setTimeout(() => {
			setup();
			update();
		}, RESIZE_DEBOUNCE_MS);
	}

	setup();
	// a scroll listener as well: observers do not fire while a step stays intersecting past its last
	// threshold, and progress must keep flowing for steps that scrub time
	window.addEventListener('scroll', schedule, { passive: true });
	window.addEventListener('resize', onResize);
	update();

	return {
		update,
		destroy() {
			clearTimeout(resizeTimer);
			if (frame) cancelAnimationFrame(frame);
			window.removeEventListener('scroll', schedule);
			window.removeEventListener('resize', onResize);
			instance?.destroy();
			instance = null;
		}
	};
}
