// Tests for the district table: codes are ISO 3166-2:AZ-shaped and unique, the seven districts are the
// seven of FACTS.md, the type guard accepts only table codes.

import { describe, expect, it } from 'vitest';
import { DISTRICTS, DISTRICT_CODES, SEVEN_DISTRICTS, district, isDistrictCode } from './districts';

describe('DISTRICTS', () => {
	it('has one row per code, in DISTRICT_CODES order', () => {
		expect(DISTRICTS.map((d) => d.code)).toEqual([...DISTRICT_CODES]);
		expect(new Set(DISTRICTS.map((d) => d.name)).size).toBe(DISTRICTS.length);
	});
	it('uses ISO 3166-2:AZ-shaped codes', () => {
		for (const d of DISTRICTS) expect(d.code).toMatch(/^AZ-[A-Z]{2,3}$/);
	});
	it('marks exactly the seven districts of FACTS.md', () => {
		expect([...SEVEN_DISTRICTS].sort()).toEqual(['AZ-AGM', 'AZ-CAB', 'AZ-FUZ', 'AZ-KAL', 'AZ-LAC', 'AZ-QBI', 'AZ-ZAN']);
	});
	it('names the seven districts as the source text spells them', () => {
		expect(SEVEN_DISTRICTS.map((c) => district(c).name)).toEqual([
			'Kalbajar',
			'Lachin',
			'Qubadli',
			'Zangilan',
			'Jabrayil',
			'Fuzuli',
			'Agdam'
		]);
	});
});

describe('isDistrictCode', () => {
	const cases: { name: string; args: [string]; expected: boolean }[] = [
		{ name: 'Lachin', args: ['AZ-LAC'], expected: true },
		{ name: 'Khankendi', args: ['AZ-XA'], expected: true },
		{ name: 'source id, not ISO', args: ['AZ.SU'], expected: false },
		{ name: 'lower case', args: ['az-lac'], expected: false },
		{ name: 'empty', args: [''], expected: false },
		{ name: 'a district not in the table', args: ['AZ-BAK'], expected: false }
	];
	it.each(cases)('$name → $expected', ({ args, expected }) => {
		expect(isDistrictCode(...args)).toBe(expected);
	});
	it('district() names an unknown code', () => {
		expect(() => district('AZ.SU')).toThrow(/unknown district code "AZ.SU"/);
	});
});
