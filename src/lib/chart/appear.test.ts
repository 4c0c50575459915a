import { describe, expect, it } from 'vitest';
import { appear } from './appear';

describe('appear', () => {
	const node = {} as Element;
	it('fades from transparent to opaque without reading the element', () => {
		const t = appear(node, { duration: 300 });
		expect(t.duration).toBe(300);
		expect(t.css(0)).toBe('opacity: 0');
		expect(t.css(0.5)).toBe('opacity: 0.5');
		expect(t.css(1)).toBe('opacity: 1');
	});
	it('takes 300 ms unless told, and no time at all for reduced motion', () => {
		expect(appear(node).duration).toBe(300);
		expect(appear(node, { duration: 0 }).duration).toBe(0);
	});
});
