// The map's timing, as one object: "fly, then show". A step change moves the camera (phase 'moving', one
// requestAnimationFrame loop, interruptible), then in a frame of its own draws the step's state
// ('arrived': colours, labels and the chart may change now), then reports it fully drawn once the state's
// fades have ended ('settled', settleMs later: the data-map-step hook). Under reduced motion, or when the
// view does not change, there is no move; under reduced motion there is no wait either. The frames that
// draw a move are marked in the performance timeline (map:move-start, map:move-end) for `npm run bench`.
// Pure apart from the host it is given (frames, timers, marks), so tests drive it with fake ones.
import { easeCubicInOut, moveBetween, viewBoxOf, type View } from './camera';

export type Phase = 'moving' | 'arrived' | 'settled';

export interface TimingHost {
	requestFrame(callback: (now: number) => void): number;
	cancelFrame(id: number): void;
	setTimer(callback: () => void, ms: number): unknown;
	clearTimer(id: unknown): void;
	mark?(name: string, startTime: number, step: string): void;
}

export interface TimingEvents {
	/** Every frame of a move, and once when a step is shown without one. */
	view(view: View): void;
	/** The phase changed, for a step. */
	phase(phase: Phase, step: string): void;
}

/** How long after the arrival the state's fades have ended (the longest: arrows drawn in 900 ms). */
export const SETTLE_MS = 900;

export class MapTiming {
	/** The step the map is going to, or is at. */
	step: string;
	phase: Phase;
	#frame = 0;
	#timer: unknown = null;

	constructor(
		private readonly host: TimingHost,
		private readonly on: TimingEvents,
		step: string,
		private readonly settleMs = SETTLE_MS
	) {
		this.step = step;
		this.phase = 'settled';
	}

	/** Goes to `step`, whose view is `to`, from the view shown now. */
	go(step: string, from: View, to: View, reducedMotion: boolean): void {
		// already there and settled (the first frame after the server's render, a motion toggle): nothing to do
		if (step === this.step && this.phase === 'settled' && viewBoxOf(from) === viewBoxOf(to)) return;
		this.cancel();
		this.step = step;
		if (reducedMotion || viewBoxOf(from) === viewBoxOf(to)) {
			this.on.view(to);
			this.#arrive(reducedMotion);
			return;
		}
		this.#set('moving');
		const move = moveBetween(from, to);
		let start = -1;
		let marked = false;
		const tick = (now: number) => {
			if (start < 0) {
				// the frame of the step change: the move is timed from it and drawn from the next one
				start = now;
				this.#frame = this.host.requestFrame(tick);
				return;
			}
			const k = Math.min(1, (now - start) / move.duration);
			if (!marked) {
				marked = true;
				this.host.mark?.('map:move-start', now, step);
			}
			this.on.view(move(easeCubicInOut(k)));
			if (k < 1) {
				this.#frame = this.host.requestFrame(tick);
				return;
			}
			this.host.mark?.('map:move-end', now, step);
			// the arrival takes a frame of its own: no frame both moves the camera and restyles the map
			this.#frame = this.host.requestFrame(() => this.#arrive(false));
		};
		this.#frame = this.host.requestFrame(tick);
	}

	/** Under reduced motion: settles the current step at once (the reader switched motion off mid-way). */
	settleNow(): void {
		if (this.phase === 'settled') return;
		if (this.phase === 'arrived') {
			this.host.clearTimer(this.#timer);
			this.#set('settled');
		}
	}

	cancel(): void {
		this.host.cancelFrame(this.#frame);
		this.host.clearTimer(this.#timer);
		this.#frame = 0;
		this.#timer = null;
	}

	#arrive(now: boolean): void {
		this.#set('arrived');
		if (now) this.#set('settled');
		else this.#timer = this.host.setTimer(() => this.#set('settled'), this.settleMs);
	}

	#set(phase: Phase): void {
		this.phase = phase;
		this.on.phase(phase, this.step);
	}
}

/** The browser's frames, timers and performance marks. */
export function browserTiming(): TimingHost {
	return {
		requestFrame: (cb) => requestAnimationFrame(cb),
		cancelFrame: (id) => cancelAnimationFrame(id),
		setTimer: (cb, ms) => setTimeout(cb, ms),
		clearTimer: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
		mark: (name, startTime, step) => performance.mark?.(name, { startTime, detail: step })
	};
}
