// The map's timing with fake frames and timers: the phases in order, the move's frames marked, the
// arrival in a frame of its own, settling after the fades, and interruptions.
import { describe, expect, it } from 'vitest';
import { MapTiming, type TimingHost } from './timing';
import type { View } from './camera';

/** Frames advanced by hand, 16 ms apart; timers fired by hand. */
function fakeHost() {
	let now = 0;
	let nextId = 1;
	const frames = new Map<number, (t: number) => void>();
	const timers = new Map<number, { at: number; cb: () => void }>();
	const marks: string[] = [];
	const host: TimingHost = {
		requestFrame: (cb) => {
			frames.set(nextId, cb);
			return nextId++;
		},
		cancelFrame: (id) => void frames.delete(id),
		setTimer: (cb, ms) => {
			timers.set(nextId, { at: now + ms, cb });
			return nextId++;
		},
		clearTimer: (id) => void timers.delete(id as number),
		mark: (name, t, step) => marks.push(`${name} ${step} @${t}`)
	};
	const frame = () => {
		now += 16;
		const due = [...frames.entries()];
		frames.clear();
		for (const [, cb] of due) cb(now);
		fire();
	};
	const fire = () => {
		for (const [id, t] of [...timers.entries()]) {
			if (t.at > now) continue;
			timers.delete(id);
			t.cb();
		}
	};
	const wait = (ms: number) => {
		now += ms;
		fire();
	};
	return { host, frame, wait, marks, pending: () => frames.size + timers.size };
}

const A: View = { cx: 100, cy: 100, w: 200, h: 100 };
const B: View = { cx: 600, cy: 300, w: 100, h: 50 };

function setup() {
	const fake = fakeHost();
	const phases: string[] = [];
	const views: View[] = [];
	const timing = new MapTiming(fake.host, { view: (v) => views.push(v), phase: (p, s) => phases.push(`${p} ${s}`) }, 'a');
	return { ...fake, timing, phases, views };
}

describe('MapTiming', () => {
	it('moves, then arrives in a frame of its own, then settles after the fades', () => {
		const t = setup();
		t.timing.go('b', A, B, false);
		expect(t.phases).toEqual(['moving b']);
		t.frame(); // the step change's frame: timed from here, nothing drawn
		expect(t.views).toEqual([]);
		for (let i = 0; i < 200 && t.phases.length < 2; i++) t.frame();
		// the last move frame drew the target view; the arrival came in the next frame
		expect(t.views.at(-1)).toEqual(B);
		expect(t.phases).toEqual(['moving b', 'arrived b']);
		expect(t.marks[0]).toMatch(/^map:move-start b @32$/);
		expect(t.marks[1]).toMatch(/^map:move-end b/);
		t.wait(899);
		expect(t.phases.at(-1)).toBe('arrived b');
		t.wait(1);
		expect(t.phases).toEqual(['moving b', 'arrived b', 'settled b']);
		expect(t.pending()).toBe(0);
	});

	it('under reduced motion jumps and settles at once', () => {
		const t = setup();
		t.timing.go('b', A, B, true);
		expect(t.views).toEqual([B]);
		expect(t.phases).toEqual(['arrived b', 'settled b']);
		expect(t.pending()).toBe(0);
	});

	it('without a change of view arrives at once and settles after the fades', () => {
		const t = setup();
		t.timing.go('b', A, { ...A }, false);
		expect(t.phases).toEqual(['arrived b']);
		t.wait(900);
		expect(t.phases).toEqual(['arrived b', 'settled b']);
	});

	it('is interrupted by a new step mid-move: the old one never arrives', () => {
		const t = setup();
		t.timing.go('b', A, B, false);
		t.frame();
		t.frame();
		t.timing.go('c', B, A, false);
		for (let i = 0; i < 200 && !t.phases.includes('arrived c'); i++) t.frame();
		t.wait(900);
		expect(t.phases).toEqual(['moving b', 'moving c', 'arrived c', 'settled c']);
		expect(t.views.at(-1)).toEqual(A);
	});

	it('a new step while settling cancels the old settle', () => {
		const t = setup();
		t.timing.go('b', A, { ...A }, false);
		t.wait(400);
		t.timing.go('c', A, { ...A }, false);
		t.wait(600);
		expect(t.phases).toEqual(['arrived b', 'arrived c']);
		t.wait(300);
		expect(t.phases.at(-1)).toBe('settled c');
	});

	it('does nothing when asked for the step it has settled at (the first frame after the server render)', () => {
		const t = setup();
		t.timing.go('a', A, { ...A }, false);
		expect(t.phases).toEqual([]);
		expect(t.pending()).toBe(0);
	});

	it('settles at once when motion is switched off after the arrival', () => {
		const t = setup();
		t.timing.go('b', A, { ...A }, false);
		t.timing.settleNow();
		expect(t.phases).toEqual(['arrived b', 'settled b']);
		expect(t.pending()).toBe(0);
	});
});
