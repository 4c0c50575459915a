// The names convention, checked on text: alternates only in their pattern (or quoted), and the first
// use of a place with an Armenian or Azerbaijani name gives it.
import { describe, expect, it } from 'vitest';
import { checkNames, type TextField } from './names';
import { nameForms } from '../domain';

// a name table like a story's (the names of the region this engine was first built for)
const FORMS = nameForms({
	names: {
		alts: {},
		forms: {
			Armenian: { text: '{alt} in Armenian', label: 'Arm. {alt}', firstUse: true },
			Azerbaijani: { text: '{alt} in Azerbaijani', label: 'Az. {alt}', firstUse: true },
			OSCE: { text: 'OSCE: {alt}', label: null, firstUse: false },
			spelling: { text: 'also {alt}', label: null, firstUse: false }
		}
	}
});
const entries = [
	{ name: 'Stepanakert', alts: [{ name: 'Khankendi', kind: 'Azerbaijani' }] },
	{ name: 'Lachin', alts: [{ name: 'Berdzor', kind: 'Armenian' }] },
	{
		name: 'Kalbajar',
		alts: [
			{ name: 'Karvachar', kind: 'Armenian' },
			{ name: 'Kelbajar', kind: 'OSCE' }
		]
	},
	{ name: 'Jabrayil', alts: [{ name: 'Jebrail', kind: 'OSCE' }] },
	{
		name: 'Martakert',
		alts: [
			{ name: 'Aghdara', kind: 'Azerbaijani' },
			{ name: 'Mardakert', kind: 'spelling' }
		]
	},
	{ name: 'Martuni', alts: [{ name: 'Khojavend', kind: 'Azerbaijani' }] },
	{ name: 'Horadiz', alts: [{ name: 'Goradiz', kind: 'spelling' }] }
];
const NAME_FORMS = FORMS;
const check = (...texts: (string | [string, boolean])[]) =>
	checkNames(
		texts.map((t, i): TextField =>
			typeof t === 'string' ? { where: `f${i}`, text: t, running: true } : { where: `f${i}`, text: t[0], running: t[1] }
		),
		entries,
		NAME_FORMS
	);

describe('checkNames', () => {
	const ok: { name: string; args: (string | [string, boolean])[] }[] = [
		{
			name: 'the Armenian name, saying whose, on first use',
			args: ['Armenian forces occupied Lachin (Berdzor in Armenian).', 'Lachin fell.']
		},
		{ name: 'the Azerbaijani name of an Armenian-named town', args: ['eastern Martakert (Aghdara in Azerbaijani)'] },
		{ name: 'an OSCE spelling marked as such', args: ['Jabrayil (OSCE: Jebrail) had under 100.'] },
		{ name: 'a spelling variant marked as such', args: ['Horadiz (also Goradiz)'] },
		{
			name: 'a quotation keeps its own spelling',
			args: ['Resolution 884 condemned "the occupation of the Zangelan district and the city of Goradiz".']
		},
		{ name: 'a title before the running text', args: [['Lachin opens a corridor', false], 'Lachin (Berdzor in Armenian) fell.'] }
	];
	it.each(ok)('accepts $name', ({ args }) => expect(check(...args)).toEqual([]));

	const bad: { name: string; args: (string | [string, boolean])[]; expected: RegExp }[] = [
		{
			name: 'an OSCE spelling read as an Armenian name',
			args: ['Jabrayil (Jebrail) fell.'],
			expected: /f0: "Jebrail" is a name of Jabrayil \(OSCE\): write "Jabrayil", or "Jabrayil \(OSCE: Jebrail\)"/
		},
		{ name: 'a second spelling of one town', args: ['eastern Mardakert'], expected: /"Mardakert" is a name of Martakert \(spelling\)/ },
		{
			name: 'an alternate with no word of whose',
			args: ['Lachin (Berdzor) fell.'],
			expected: /"Berdzor" is a name of Lachin \(Armenian\)/
		},
		{
			name: 'a first use with no alternate',
			args: ['Its capital was Stepanakert.'],
			expected: /f0: the first use of "Stepanakert" gives no alternate name: write "Stepanakert \(Khankendi in Azerbaijani\)"/
		},
		{
			name: 'an alternate given only on a later use',
			args: ['Martuni held out.', 'Martuni (Khojavend in Azerbaijani)'],
			expected: /f0: the first use of "Martuni"/
		},
		{ name: 'a bare alternate in a title', args: [['Karvachar, spring 1993', false]], expected: /"Karvachar" is a name of Kalbajar/ }
	];
	it.each(bad)('rejects $name', ({ args, expected }) => {
		const faults = check(...args);
		expect(faults.join('\n')).toMatch(expected);
	});
});
