import { describe, expect, it } from 'vitest';
import { summarize } from './summary';

describe('summarize', () => {
	it('keeps short text whole', () => expect(summarize(['One. Two.'])).toBe('One. Two.'));
	it('cuts at a sentence boundary', () => {
		const s = summarize(['First sentence here. Second one is much longer than the limit allows it to be.'], 40);
		expect(s).toBe('First sentence here.');
	});
	it('cuts a single long sentence at a word, with an ellipsis', () => {
		const s = summarize(['word '.repeat(100)], 50);
		expect(s.length).toBeLessThanOrEqual(50);
		expect(s.endsWith('…')).toBe(true);
	});
});
