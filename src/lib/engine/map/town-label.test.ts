import { describe, expect, it } from 'vitest';
import { townLabel } from './town-label';

describe('townLabel', () => {
	const first = { step: 'lachin-1992', text: 'Lachin (Arm. Berdzor)' };
	const cases: { name: string; args: Parameters<typeof townLabel>; expected: string }[] = [
		{
			name: 'the alternate on its first highlight',
			args: [{ name: 'Lachin', first, stepId: 'lachin-1992', highlighted: true }],
			expected: 'Lachin (Arm. Berdzor)'
		},
		{ name: 'the name alone later', args: [{ name: 'Lachin', first, stepId: 'lachin-handover', highlighted: true }], expected: 'Lachin' },
		{
			name: 'the name alone when not highlighted',
			args: [{ name: 'Lachin', first, stepId: 'lachin-1992', highlighted: false }],
			expected: 'Lachin'
		},
		{
			name: 'a marked town’s date',
			args: [{ name: 'Hadrut', stepId: 'war-2020', highlighted: true, mark: { when: '2020-10-09', part: null } }],
			expected: 'Hadrut · 9 Oct'
		},
		{
			name: 'a loose date as the sources give it',
			args: [{ name: 'Jabrayil', stepId: 'war-2020', highlighted: true, mark: { when: '2020-10', part: 'early' } }],
			expected: 'Jabrayil · early Oct'
		}
	];
	it.each(cases)('$name', ({ args, expected }) => expect(townLabel(...args)).toBe(expected));
});
