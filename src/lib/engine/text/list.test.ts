import { describe, expect, it } from 'vitest';
import { listText } from './list';

describe('listText', () => {
	const cases: { name: string; args: Parameters<typeof listText>; expected: string }[] = [
		{ name: 'none', args: [[]], expected: '' },
		{ name: 'one', args: [['Lachin']], expected: 'Lachin' },
		{ name: 'two', args: [['Lachin', 'Kalbajar']], expected: 'Lachin and Kalbajar' },
		{ name: 'three', args: [['A', 'B', 'C']], expected: 'A, B and C' },
		{ name: 'another word', args: [['A', 'B'], 'or'], expected: 'A or B' }
	];
	it.each(cases)('$name', ({ args, expected }) => expect(listText(...args)).toBe(expected));
});
