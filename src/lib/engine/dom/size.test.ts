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
