import { describe, expect, it } from 'vitest';
import { dateAt, dateSpan, mapStateFor } from '../../lib/engine/map/state';
import { step } from './testing';

describe('dateAt', () => {
	const cases = [
		{ name: 'a one-day step', args: ['lachin-1992', 0.7], expected: '1992-05-18' },
		{ name: 'a range ends on its last day', args: ['kalbajar-1993', 0], expected: '1993-04-05' },
		{ name: 'a month-only end', args: ['south-1993', 0.2], expected: '1993-10-31' },
		{ name: 'the war starts on 27 September', args: ['war-2020', 0], expected: '2020-09-27' },
		{ name: 'the war half way', args: ['war-2020', 0.5], expected: '2020-10-19' },
		{ name: 'the war ends on 10 November', args: ['war-2020', 1], expected: '2020-11-10' },
		{ name: 'progress beyond 1 clamps', args: ['war-2020', 3], expected: '2020-11-10' }
	] as const;
	for (const c of cases) it(c.name, () => expect(dateAt(step(c.args[0]), c.args[1])).toBe(c.expected));
});

describe('dateSpan', () => {
	it('spans the war for a scrubbing step', () => expect(dateSpan(step('war-2020'))).toEqual(['2020-09-27', '2020-11-10']));
});

describe('mapStateFor', () => {
	it('carries the step frame, layers and highlights', () => {
		const s = mapStateFor(step('lachin-1992'), 0);
		expect(s).toMatchObject({ stepId: 'lachin-1992', frame: 'corridor', date: '1992-05-18' });
		expect(s.layers).toContain('lachin-road');
		expect(s.districts).toEqual(['AZ-LAC']);
	});
});
