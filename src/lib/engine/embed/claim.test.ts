import { describe, expect, it } from 'vitest';
import { hashOwner, type EmbedSteps } from './claim';

const ready = (ids: string[], startStep: string | null = null): EmbedSteps => ({ ids, startStep, gaveUp: false });
const loading: EmbedSteps = { ids: null, startStep: null, gaveUp: false };

describe('hashOwner', () => {
	it('gives the step to the first embed in page order that has it', () => {
		expect(hashOwner([ready(['a', 'b']), ready(['a', 'b'])], 'b')).toBe(0);
		expect(hashOwner([ready(['a']), ready(['a', 'b'])], 'b')).toBe(1);
	});

	it('waits while an earlier embed has not reported, even when a later one has the step', () => {
		expect(hashOwner([loading, ready(['a', 'b'])], 'b')).toBe('wait');
	});

	it('does not wait for an earlier embed given up on', () => {
		expect(hashOwner([{ ...loading, gaveUp: true }, ready(['a', 'b'])], 'b')).toBe(1);
	});

	it('skips embeds with a start step of their own', () => {
		expect(hashOwner([ready(['a', 'b'], 'a'), ready(['a', 'b'])], 'b')).toBe(1);
		expect(hashOwner([{ ...loading, startStep: 'a' }, ready(['b'])], 'b')).toBe(1);
	});

	it('answers none when no embed has the step', () => {
		expect(hashOwner([ready(['a']), ready(['c'])], 'b')).toBeNull();
		expect(hashOwner([], 'b')).toBeNull();
	});
});
