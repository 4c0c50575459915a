import { describe, expect, it } from 'vitest';
import { triggerLine } from './trigger';

describe('triggerLine', () => {
	it('sits a little below the middle side by side', () => expect(triggerLine(900, 900, false)).toBe(495));
	it('sits in the text area under a stacked graphic', () => {
		const y = triggerLine(844, 490, true);
		expect(y).toBeGreaterThan(490);
		expect(y).toBeLessThan(844);
	});
	it('copes with a graphic taller than the viewport', () => expect(triggerLine(600, 900, true)).toBe(600));
});
