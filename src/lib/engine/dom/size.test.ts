import { describe, expect, it } from 'vitest';
import { entrySize } from './size';

const rect = (width: number, height: number) => ({ width, height }) as DOMRectReadOnly;

describe('entrySize', () => {
	it('reads the content box, rounded to whole pixels', () => {
		const entry = { contentRect: rect(0, 0), contentBoxSize: [{ inlineSize: 559.6, blockSize: 200.2 }] as unknown as ResizeObserverSize[] };
		expect(entrySize(entry)).toEqual({ width: 560, height: 200 });
	});
	it('falls back to contentRect where contentBoxSize is missing', () => {
		const entry = { contentRect: rect(320.4, 180.5), contentBoxSize: undefined as unknown as ResizeObserverSize[] };
		expect(entrySize(entry)).toEqual({ width: 320, height: 181 });
	});
});

describe('observeSize', () => {
	it('passes the size on in the next animation frame, the last of several reports, never inside the observer’s callback', async () => {
		const { observeSize } = await import('./size');
		let report: ((entries: unknown[]) => void) | null = null;
		let disconnected = false;
		const frames: (() => void)[] = [];
		const g = globalThis as Record<string, unknown>;
		const saved = { RO: g.ResizeObserver, raf: g.requestAnimationFrame, caf: g.cancelAnimationFrame };
		g.ResizeObserver = class {
			constructor(cb: (entries: unknown[]) => void) {
				report = cb;
			}
			observe() {}
			disconnect() {
				disconnected = true;
			}
		};
		g.requestAnimationFrame = (cb: () => void) => frames.push(cb);
		g.cancelAnimationFrame = (id: number) => {
			frames[id - 1] = () => {};
		};
		try {
			const seen: { width: number; height: number }[] = [];
			const stop = observeSize((s) => seen.push(s))({} as HTMLElement) as () => void;
			const entry = (w: number, h: number) => ({ contentRect: rect(w, h), contentBoxSize: [{ inlineSize: w, blockSize: h }] });
			report!([entry(100, 50)]);
			report!([entry(120, 60)]);
			expect(seen).toEqual([]);
			expect(frames).toHaveLength(1);
			frames[0]();
			expect(seen).toEqual([{ width: 120, height: 60 }]);
			report!([entry(130, 60)]);
			stop();
			frames[1]();
			expect(seen).toHaveLength(1);
			expect(disconnected).toBe(true);
		} finally {
			g.ResizeObserver = saved.RO;
			g.requestAnimationFrame = saved.raf;
			g.cancelAnimationFrame = saved.caf;
		}
	});
});
