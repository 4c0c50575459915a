import { describe, expect, it } from 'vitest';
import { dayNumber, firstDay, formatDate, fromDayNumber, isPartialDate, lastDay, placeDay } from './dates';

describe('isPartialDate', () => {
	const cases: { name: string; args: string; expected: boolean }[] = [
		{ name: 'year', args: '1993', expected: true },
		{ name: 'month', args: '1993-10', expected: true },
		{ name: 'day', args: '1993-07-23', expected: true },
		{ name: 'leap day', args: '2020-02-29', expected: true },
		{ name: 'no leap day', args: '1993-02-29', expected: false },
		{ name: 'month 13', args: '1993-13', expected: false },
		{ name: 'day 32', args: '1993-01-32', expected: false },
		{ name: 'words', args: 'July 1993', expected: false },
		{ name: 'two-digit year', args: '93-07-23', expected: false },
		{ name: 'trailing text', args: '1993-07-23x', expected: false }
	];
	for (const c of cases) it(c.name, () => expect(isPartialDate(c.args)).toBe(c.expected));
});

describe('first and last day', () => {
	it('covers a year', () => {
		expect(firstDay('1993')).toBe('1993-01-01');
		expect(lastDay('1993')).toBe('1993-12-31');
	});
	it('covers a month', () => {
		expect(lastDay('1993-10')).toBe('1993-10-31');
		expect(lastDay('2020-02')).toBe('2020-02-29');
	});
	it('keeps a full date', () => expect(lastDay('2020-11-10')).toBe('2020-11-10'));
	it('throws on a bad date, naming it', () => expect(() => lastDay('1993-02-30')).toThrow('"1993-02-30"'));
});

describe('day numbers', () => {
	it('round-trips', () => expect(fromDayNumber(dayNumber('2020-09-27'))).toBe('2020-09-27'));
	it('counts the war as 44 days', () => expect(dayNumber('2020-11-10') - dayNumber('2020-09-27')).toBe(44));
});

describe('placeDay', () => {
	it('places late October late', () => expect(placeDay('1993-10', 'late')).toBe('1993-10-25'));
	it('places early October early', () => expect(placeDay('2020-10', 'early')).toBe('2020-10-05'));
});

describe('formatDate', () => {
	const cases = [
		{ args: '1993-07-23', expected: '23 July 1993' },
		{ args: '1993-10', expected: 'October 1993' },
		{ args: '1991', expected: '1991' }
	];
	for (const c of cases) it(c.args, () => expect(formatDate(c.args)).toBe(c.expected));
});

describe('parsing, remembered', () => {
	it('gives the same answers the second time, and bad dates stay bad', () => {
		expect(dayNumber('1993-08-23')).toBe(dayNumber('1993-08-23'));
		expect(firstDay('1993-10')).toBe('1993-10-01');
		expect(firstDay('1993-10')).toBe('1993-10-01');
		expect(lastDay('1993-10')).toBe('1993-10-31');
		expect(isPartialDate('1993-13')).toBe(false);
		expect(isPartialDate('1993-13')).toBe(false);
	});
});
