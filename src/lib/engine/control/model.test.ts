// The generic control model: effective days of loosely dated events, the order and area checks, town
// marks only while they differ from their area, and notes by date range.
import { describe, expect, it } from 'vitest';
import { createControlModel, effectiveDay, whenText } from './model';

describe('effectiveDay: a loose date takes effect at the end of the period it names', () => {
	const cases: { name: string; args: Parameters<typeof effectiveDay>; expected: string }[] = [
		{ name: 'a full date', args: [{ when: '1993-04-05' }], expected: '1993-04-05' },
		{ name: 'a month', args: [{ when: '1993-10' }], expected: '1993-10-31' },
		{ name: 'late in a month', args: [{ when: '1993-10', part: 'late' }], expected: '1993-10-31' },
		{ name: 'late February, leap year', args: [{ when: '2020-02', part: 'late' }], expected: '2020-02-29' },
		{ name: 'early in a month', args: [{ when: '2020-10', part: 'early' }], expected: '2020-10-10' },
		{ name: 'mid-month', args: [{ when: '2020-10', part: 'mid' }], expected: '2020-10-20' },
		{ name: 'a year', args: [{ when: '2022' }], expected: '2022-12-31' }
	];
	it.each(cases)('$name', ({ args, expected }) => expect(effectiveDay(...args)).toBe(expected));
	it('says it as the sources put it', () => {
		expect(whenText({ when: '2020-10', part: 'early' })).toBe('early October 2020');
		expect(whenText({ when: '2020-10-09' })).toBe('9 October 2020');
	});
});

const base = { areas: ['a', 'b'] as const, initial: 'x' as const, first: '2000-01-01', last: '2001-12-31' };

describe('createControlModel', () => {
	it('applies events from their effective day', () => {
		const m = createControlModel<'a' | 'b', 'x' | 'y'>({
			...base,
			events: [{ when: '2000-03', part: 'early', areas: ['a'], holder: 'y', source: 'C', label: 'a to y' }]
		});
		expect(m.controlAt('2000-03-09').a).toBe('x');
		expect(m.controlAt('2000-03-10')).toEqual({ a: 'y', b: 'x' });
	});
	it('rejects events out of order, unknown areas and dates outside the model', () => {
		expect(() =>
			createControlModel<'a' | 'b', 'x' | 'y'>({
				...base,
				events: [
					{ when: '2000-05-01', areas: ['a'], holder: 'y', source: 'C', label: 'second' },
					{ when: '2000-04-01', areas: ['b'], holder: 'y', source: 'C', label: 'first' }
				]
			})
		).toThrow(/event "first" \(2000-04-01\) is out of order/);
		expect(() =>
			createControlModel<'a' | 'b', 'x'>({
				...base,
				events: [{ when: '2000-01-02', areas: ['c' as 'a'], holder: 'x', source: 'C', label: 'e' }]
			})
		).toThrow(/unknown area "c"/);
		expect(() =>
			createControlModel<'a' | 'b', 'x'>({
				...base,
				events: [{ when: '1999-12-31', areas: ['a'], holder: 'x', source: 'C', label: 'early' }]
			})
		).toThrow(/outside 2000-01-01/);
	});
	it('marks a town only while it differs from its area', () => {
		const m = createControlModel<'a' | 'b', 'x' | 'y'>({
			...base,
			events: [{ when: '2000-06-01', areas: ['a'], holder: 'y', source: 'C', label: 'a to y' }],
			towns: [{ when: '2000-02-01', town: 't', area: 'a', holder: 'y', said: 'y', source: 'C', label: 't to y' }]
		});
		expect(m.townsAt('2000-01-31')).toEqual([]);
		expect(m.townsAt('2000-02-01')).toEqual([
			{ town: 't', holder: 'y', said: 'y', when: '2000-02-01', part: null, whenText: '1 February 2000' }
		]);
		expect(m.townsAt('2000-06-01')).toEqual([]);
	});
	it('shows a note on [from, to)', () => {
		const m = createControlModel<'a' | 'b', 'x'>({
			...base,
			events: [],
			notes: [{ from: '2000-02-01', to: '2000-03-01', text: 'n', source: 'C' }]
		});
		expect(m.notesAt('2000-01-31')).toEqual([]);
		expect(m.notesAt('2000-02-01').map((n) => n.text)).toEqual(['n']);
		expect(m.notesAt('2000-03-01')).toEqual([]);
	});
});
