// The one scroll engine: scrollama, wrapped once. Nothing else in the project imports scrollama.
// Scrollama's IntersectionObservers tell us *when* to look; positionAt() over the steps' boxes says
// *where* the reader is, so fast scrolls, anchor jumps and reloads mid-page never skip or replay steps.
// The boxes are measured once in page coordinates and only measured again when something changes
// size: reading them every frame would force a layout in the middle of the map's camera move.
import scrollama from 'scrollama';
import { inViewport, positionAt, samePosition, type ScrollPosition, type StepBox } from './position';

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

/**
 * The scroll offset that puts the trigger line at `position` again after a re-layout: the same step,
 * the same fraction through it. Pure, for the resize handler (and its tests).
 */
export function scrollForPosition(
	position: ScrollPosition,
	box: { top: number; bottom: number },
	scrollY: number,
	trigger: number
): number {
	const height = Math.max(1, box.bottom - box.top);
	return Math.max(0, Math.round(scrollY + box.top + position.progress * height - trigger + 1));
}

const RESIZE_DEBOUNCE_MS = 150;

export function createScroller({ steps, trigger, onChange }: ScrollerOptions): Scroller {
	let last: ScrollPosition | null = null;
	let instance: ReturnType<typeof scrollama> | null = null;
	let resizeTimer: ReturnType<typeof setTimeout> | undefined;
	let frame = 0;

	let resizing = false;

	/** The steps' boxes in page coordinates; null when they must be measured again. */
	let onPage: StepBox[] | null = null;
	const measure = () => {
		const y = window.scrollY;
		return steps.map((el) => {
			const box = el.getBoundingClientRect();
			return { top: box.top + y, bottom: box.bottom + y };
		});
	};
	// a step or the page changing size (a font arriving, the sources opened, a notice closed) moves the steps
	const sizes =
		typeof ResizeObserver === 'function'
			? new ResizeObserver(() => {
					onPage = null;
					schedule();
				})
			: null;

	function update() {
		frame = 0;
		if (resizing) return;
		if (!sizes) onPage = null;
		onPage ??= measure();
		const next = positionAt(inViewport(onPage, window.scrollY), trigger());
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
			.setup({ step: steps, offset: `${Math.round(trigger())}px` as unknown as 0.5, progress: false })
			.onStepEnter(schedule)
			// no progress observers: they would add hundreds of thresholds per step, computed on every
			// frame, for what the scroll listener below already reports
			.onStepExit(schedule);
	}

	// a resize or an orientation change re-lays the page out: keep the reader on the same step, at the
	// same point in it, instead of letting the new layout pick another one
	function onResize() {
		resizing = true;
		clearTimeout(resizeTimer);
		resizeTimer = setTimeout(() => {
			onPage = null;
			setup();
			if (last) {
				const box = steps[last.index].getBoundingClientRect();
				window.scrollTo({ top: scrollForPosition(last, box, window.scrollY, trigger()), behavior: 'instant' });
			}
			resizing = false;
			update();
		}, RESIZE_DEBOUNCE_MS);
	}

	setup();
	for (const el of [document.body, ...steps]) sizes?.observe(el);
	// a scroll listener as well: the observers only report steps entering and leaving, and progress
	// must keep flowing for steps that scrub time
	window.addEventListener('scroll', schedule, { passive: true });
	window.addEventListener('resize', onResize);
	window.addEventListener('orientationchange', onResize);
	update();

	return {
		update,
		destroy() {
			clearTimeout(resizeTimer);
			if (frame) cancelAnimationFrame(frame);
			sizes?.disconnect();
			window.removeEventListener('scroll', schedule);
			window.removeEventListener('resize', onResize);
			window.removeEventListener('orientationchange', onResize);
			instance?.destroy();
			instance = null;
		}
	};
}
