// Figures computed from this story's data: whole years and weeks between days, districts taken in a period by
// the control model, and the placeholders that carry them into the text.
import { describe, expect, it } from 'vitest';
import {
	districtsTaken as takenOf,
	figureText,
	fillAll,
	measure as measureOf,
	placeholders,
	wholeYears,
	type FigureSpec
} from '../../lib/engine/content/figures';
import { districtOf } from './fixtures';
import { control } from './domain/control';
import { SEVEN_DISTRICTS } from './domain/districts';

const model = { control, primary: 'arm', focus: SEVEN_DISTRICTS };
const districtsTaken = (from: string, to: string, d: typeof districtOf) => takenOf(from, to, model, d);
const measure = (spec: FigureSpec, d: typeof districtOf) => measureOf(spec, model, d);

describe('wholeYears', () => {
	const cases: { name: string; args: [string, string]; expected: number }[] = [
		{ name: 'the ceasefire years, 12 May 1994 – 27 September 2020', args: ['1994-05-12', '2020-09-27'], expected: 26 },
		{ name: 'a day short of an anniversary', args: ['2000-05-12', '2001-05-11'], expected: 0 },
		{ name: 'on the anniversary', args: ['2000-05-12', '2001-05-12'], expected: 1 },
		{ name: 'Lachin held, 18 May 1992 – 1 December 2020', args: ['1992-05-18', '2020-12-01'], expected: 28 }
	];
	it.each(cases)('$name', ({ args, expected }) => expect(wholeYears(...args)).toBe(expected));
});

describe('districtsTaken', () => {
	const cases: { name: string; args: [string, string]; expected: number }[] = [
		{ name: '1992: Lachin', args: ['1992-01-01', '1992-12-31'], expected: 1 },
		{ name: '1993: Kalbajar, Agdam, Fuzuli, Jabrayil, Qubadli, Zangilan', args: ['1993-01-01', '1993-12-31'], expected: 6 },
		{ name: 'the southern offensive, from 23 August 1993', args: ['1993-08-23', '1993-12-31'], expected: 4 },
		{ name: 'none between the wars', args: ['1994-05-12', '2020-09-26'], expected: 0 }
	];
	it.each(cases)('$name', ({ args, expected }) => expect(districtsTaken(...args, districtOf)).toBe(expected));
});

describe('figures in text', () => {
	it('prints words up to nine, digits from 10, or as asked', () => {
		expect(figureText(6)).toBe('six');
		expect(figureText(26)).toBe('26');
		expect(figureText(6, 'digits')).toBe('6');
	});
	it('measures weeks between days', () => expect(measure({ measure: 'weeks', from: '2020-09-27', to: '2020-11-10' }, districtOf)).toBe(6));
	it('finds and fills placeholders everywhere in a value', () => {
		expect(placeholders('held through {ceasefire-years} years, {x}')).toEqual(['ceasefire-years', 'x']);
		expect(fillAll({ a: ['{n} years'], b: 3 }, { n: '26' })).toEqual({ a: ['26 years'], b: 3 });
	});
});
