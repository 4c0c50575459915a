import { describe, expect, it } from 'vitest';
import { en } from '../strings/en';
import { embedTarget, idFromHash, stepTarget } from './deeplink';

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
	it('finds a known step', () => expect(stepTarget('kalbajar-1993', ids, en.noSuchStep)).toEqual({ index: 2 }));
	it('opens the first step without notice when no id is given', () => expect(stepTarget('', ids, en.noSuchStep)).toEqual({ index: 0 }));
	it('opens the first step with a notice for an unknown id', () => {
		const t = stepTarget('atlantis', ids, en.noSuchStep);
		expect(t.index).toBe(0);
		expect(t.notice).toContain('“atlantis”');
	});
	it('shortens a very long id in the notice', () => {
		const t = stepTarget('x'.repeat(500), ids, en.noSuchStep);
		expect(t.notice!.length).toBeLessThan(200);
	});
});

describe('embedTarget', () => {
	const cases = [
		{ name: 'no query', args: '', expected: { index: 0, only: false } },
		{ name: 'a step', args: '?step=kalbajar-1993', expected: { index: 2, only: false } },
		{ name: 'pym parameters alongside', args: '?step=lachin-1992&initialWidth=600&childId=x', expected: { index: 1, only: false } },
		{ name: 'a single step', args: '?only=lachin-1992', expected: { index: 1, only: true } },
		{ name: 'an encoded id', args: '?step=kalbajar%2D1993', expected: { index: 2, only: false } }
	];
	for (const c of cases) it(c.name, () => expect(embedTarget(c.args, ids, en.noSuchStep)).toEqual(c.expected));
	it('opens the first step with a notice for an unknown id, markup and all', () => {
		const t = embedTarget('?step=%3Cscript%3Ealert(1)%3C/script%3E', ids, en.noSuchStep);
		expect(t.index).toBe(0);
		expect(t.notice).toContain('<script>alert(1)</script>');
	});
	it('falls back to the stepper for an unknown single step', () => {
		const t = embedTarget('?only=nope', ids, en.noSuchStep);
		expect(t).toMatchObject({ index: 0, only: false });
		expect(t.notice).toContain('nope');
	});
});
