import { describe, expect, it } from 'vitest';
import { idFromHash, stepTarget } from './deeplink';

const ids = ['nkao', 'lachin-1992', 'kalbajar-1993'];

describe('idFromHash', () => {
	const cases = [
		{ args: '#kalbajar-1993', expected: 'kalbajar-1993' },
		{ args: 'kalbajar-1993', expected: 'kalbajar-1993' },
		{ args: '#%3Cscript%3E', expected: '<script>' },
		{ args: '#%E0%A4%A', expected: '%E0%A4%A' },
		{ args: '', expected: '' }
	];
	for (const c of cases) it(JSON.stringify(c.args), () => expect(idFromHash(c.args)).toBe(c.expected));
});

describe('stepTarget', () => {
	it('finds a known step', () => expect(stepTarget('kalbajar-1993', ids)).toEqual({ index: 2 }));
	it('opens the first step without notice when no id is given', () => expect(stepTarget('', ids)).toEqual({ index: 0 }));
	it('opens the first step with a notice for an unknown id', () => {
		const t = stepTarget('atlantis', ids);
		expect(t.index).toBe(0);
		expect(t.notice).toContain('“atlantis”');
	});
	it('shortens a very long id in the notice', () => {
		const t = stepTarget('x'.repeat(500), ids);
		expect(t.notice!.length).toBeLessThan(200);
	});
});
