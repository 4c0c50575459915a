import { describe, expect, it } from 'vitest';
import { isReadyMessage, isStateMessage, READY, STATE } from './protocol';

describe('isStateMessage', () => {
	const cases: { name: string; args: unknown; expected: boolean }[] = [
		{ name: 'a good state', args: { type: STATE, index: 3, progress: 0.5 }, expected: true },
		{ name: 'index past the end', args: { type: STATE, index: 15, progress: 0 }, expected: false },
		{ name: 'negative index', args: { type: STATE, index: -1, progress: 0 }, expected: false },
		{ name: 'fractional index', args: { type: STATE, index: 1.5, progress: 0 }, expected: false },
		{ name: 'progress over 1', args: { type: STATE, index: 1, progress: 2 }, expected: false },
		{ name: 'another type', args: { type: 'pym', index: 1, progress: 0 }, expected: false },
		{ name: 'a string', args: 'story-embed:state', expected: false },
		{ name: 'null', args: null, expected: false }
	];
	for (const c of cases) it(c.name, () => expect(isStateMessage(c.args, 15)).toBe(c.expected));
});

describe('isReadyMessage', () => {
	const step = { id: 'nkao', kicker: '1991', title: 'T', body: ['p'] };
	const cases: { name: string; args: unknown; expected: boolean }[] = [
		{ name: 'a good message', args: { type: READY, title: 'S', steps: [step] }, expected: true },
		{ name: 'no steps', args: { type: READY, title: 'S', steps: [] }, expected: false },
		{ name: 'a bad step id', args: { type: READY, title: 'S', steps: [{ ...step, id: '<b>' }] }, expected: false },
		{ name: 'a body that is not text', args: { type: READY, title: 'S', steps: [{ ...step, body: [{}] }] }, expected: false },
		{ name: 'a huge text', args: { type: READY, title: 'S', steps: [{ ...step, title: 'x'.repeat(10_000) }] }, expected: false },
		{ name: 'another type', args: { type: STATE, title: 'S', steps: [step] }, expected: false }
	];
	for (const c of cases) it(c.name, () => expect(isReadyMessage(c.args)).toBe(c.expected));
});
