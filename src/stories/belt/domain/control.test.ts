// Tests for the story's control model: a hand-written table of holders the day before and the day of each
// event (not derived from the events, so a wrong or missing event fails here), the towns dated apart from
// their areas, and the notes the map shows.
import { describe, expect, it } from 'vitest';
import { AREA_IDS, areasHeldBy, control, controlAt, type AreaId, type Holder } from './control';

type State = Record<AreaId, Holder>;
const ALL_AZ: State = Object.fromEntries(AREA_IDS.map((id) => [id, 'az'])) as State;
const set = (base: State, holder: Holder, ids: AreaId[]): State => ({ ...base, ...Object.fromEntries(ids.map((i) => [i, holder])) });

// The states between events, written out by hand from FACTS.md.
const S0 = ALL_AZ; // 1988 – 17 May 1992
const S1 = set(S0, 'arm', ['lachin-north', 'lachin-south', 'nkao-core', 'nkao-south', 'shusha', 'talish']); // 18 May 1992
const S2 = set(S1, 'arm', ['kalbajar']); // 5 Apr 1993
const S3 = set(S2, 'arm', ['agdam-west']); // 23 Jul 1993
const S4 = set(S3, 'arm', ['fuzuli-west', 'jabrayil']); // 23 Aug 1993
const S5 = set(S4, 'arm', ['qubadli']); // 31 Aug 1993
const S6 = set(S5, 'arm', ['zangilan']); // late Oct 1993 (shown from 31 Oct) – Sep 2020
const WAR = ['jabrayil', 'fuzuli-west', 'zangilan', 'qubadli', 'lachin-south', 'nkao-south', 'shusha', 'talish'] as AreaId[];
const W1 = set(S6, 'contested', WAR); // 27 Sep – 9 Nov 2020: fought over, front not mapped
const T8 = set(S6, 'az', WAR); // 10 Nov ceasefire line
const H1 = set(T8, 'az', ['agdam-west']); // 20 Nov
const H2 = set(H1, 'az', ['kalbajar']); // 25 Nov
const H3 = set(H2, 'az', ['lachin-north']); // 1 Dec 2020
const F = set(H3, 'unmapped', ['nkao-core']); // 19 Sep 2023: not mapped

const cases: { name: string; args: [string]; expected: State }[] = [
	{ name: 'first valid day', args: ['1988-01-01'], expected: S0 },
	{ name: 'day before Lachin', args: ['1992-05-17'], expected: S0 },
	{ name: 'Lachin, 18 May 1992', args: ['1992-05-18'], expected: S1 },
	{ name: 'Kalbajar offensive under way, 27 Mar 1993', args: ['1993-03-27'], expected: S1 },
	{ name: 'day before Kalbajar complete', args: ['1993-04-04'], expected: S1 },
	{ name: 'Kalbajar, 5 Apr 1993', args: ['1993-04-05'], expected: S2 },
	{ name: 'Agdam, 23 Jul 1993', args: ['1993-07-23'], expected: S3 },
	{ name: 'Fuzuli and Jabrayil, 23 Aug 1993', args: ['1993-08-23'], expected: S4 },
	{ name: 'Qubadli, 31 Aug 1993', args: ['1993-08-31'], expected: S5 },
	{ name: 'late October 1993 is not yet over on 30 October', args: ['1993-10-30'], expected: S5 },
	{ name: 'Zangilan by the end of October 1993', args: ['1993-10-31'], expected: S6 },
	{ name: 'ceasefire 1994', args: ['1994-05-12'], expected: S6 },
	{ name: 'between the wars', args: ['2005-06-01'], expected: S6 },
	{ name: 'day before the war', args: ['2020-09-26'], expected: S6 },
	{ name: 'war begins, 27 Sep 2020: fought over, not mapped', args: ['2020-09-27'], expected: W1 },
	{ name: 'no area changes hands on a town’s announced date (Hadrut, 9 Oct)', args: ['2020-10-09'], expected: W1 },
	{ name: 'nor on 1 October (Talish: no date in the sources)', args: ['2020-10-01'], expected: W1 },
	{ name: 'day before the ceasefire', args: ['2020-11-09'], expected: W1 },
	{ name: 'ceasefire, 10 Nov: the line of 10 November', args: ['2020-11-10'], expected: T8 },
	{ name: 'day before Agdam handover', args: ['2020-11-19'], expected: T8 },
	{ name: 'Agdam handover, 20 Nov', args: ['2020-11-20'], expected: H1 },
	{ name: 'Kalbajar handover, 25 Nov', args: ['2020-11-25'], expected: H2 },
	{ name: 'Lachin handover, 1 Dec', args: ['2020-12-01'], expected: H3 },
	{ name: '2022', args: ['2022-08-26'], expected: H3 },
	{ name: 'day before the 2023 offensive', args: ['2023-09-18'], expected: H3 },
	{ name: 'after the 2023 offensive: not mapped, not "all Azerbaijani"', args: ['2023-09-30'], expected: F },
	{ name: 'last valid day', args: ['2023-12-31'], expected: F }
];

describe('controlAt', () => {
	it.each(cases)('$name ($args.0)', ({ args, expected }) => {
		expect(controlAt(...args)).toEqual(expected);
	});

	const bad: { name: string; args: [string]; expected: RegExp }[] = [
		{ name: 'not a date', args: ['yesterday'], expected: /bad date "yesterday"/ },
		{ name: 'not a real day', args: ['1993-02-30'], expected: /bad date "1993-02-30"/ },
		{ name: 'no zero padding', args: ['1993-4-5'], expected: /bad date/ },
		{ name: 'too early', args: ['1987-12-31'], expected: /outside 1988-01-01/ },
		{ name: 'too late', args: ['2024-01-01'], expected: /outside/ }
	];
	it.each(bad)('rejects $name', ({ args, expected }) => {
		expect(() => controlAt(...args)).toThrow(expected);
		expect(() => control.check(...args)).toThrow(expected);
	});
});

describe('towns dated apart from their areas', () => {
	const marks = (date: string) => control.townsAt(date).map((m) => `${m.town}:${m.holder}${m.said ? ` (said ${m.said})` : ''}`);
	const cases2: { name: string; args: [string]; expected: string[] }[] = [
		{ name: 'none before late October 1993', args: ['1993-10-30'], expected: [] },
		{ name: 'Horadiz overrun, late October 1993 (UNSC Res. 884)', args: ['1993-10-31'], expected: ['horadiz:arm'] },
		{ name: 'still held on 6 January 1994', args: ['1994-01-06'], expected: ['horadiz:arm'] },
		{ name: 'retaken, as Azerbaijan said (AP, 7 January 1994): same as its area, no mark', args: ['1994-01-07'], expected: [] },
		{ name: 'early October 2020 is not over on 9 October: Hadrut only', args: ['2020-10-09'], expected: ['hadrut:az (said az)'] },
		{ name: 'Jabrayil town by the end of early October', args: ['2020-10-10'], expected: ['jabrayil:az (said az)', 'hadrut:az (said az)'] },
		{
			name: 'every announced town by 8 November',
			args: ['2020-11-08'],
			expected: [
				'hadrut:az (said az)',
				'jabrayil:az (said az)',
				'fuzuli:az (said az)',
				'zangilan:az (said az)',
				'qubadli:az (said az)',
				'shusha:az (said az)'
			]
		},
		{ name: 'none once their areas are Azerbaijani (10 November)', args: ['2020-11-10'], expected: [] }
	];
	it.each(cases2)('$name', ({ args, expected }) => {
		expect(marks(...args).sort()).toEqual([...expected].sort());
	});
	it('says when, as the sources put it', () => {
		const j = control.townsAt('2020-10-20').find((m) => m.town === 'jabrayil')!;
		expect(j.whenText).toBe('early October 2020');
		expect(control.townsAt('2020-10-20').find((m) => m.town === 'hadrut')!.whenText).toBe('9 October 2020');
	});
});

describe('notes the map shows while they apply', () => {
	const texts = (date: string) => control.notesAt(date).map((n) => n.text);
	it('the NKAO convention on every map before the 1994 ceasefire, from May 1992', () => {
		expect(texts('1992-05-17').join(' ')).not.toMatch(/former NKAO/);
		for (const d of ['1992-05-18', '1993-04-05', '1993-10-31', '1994-05-11'])
			expect(texts(d).join(' ')).toMatch(/former NKAO .* not mapped/);
		expect(texts('1994-05-12').join(' ')).not.toMatch(/former NKAO/);
	});
	it('the war’s front lines are not mapped, and the border claim is dated', () => {
		expect(texts('2020-10-21').join(' ')).toMatch(/Front lines of the war are not mapped/);
		expect(texts('2020-10-21').join(' ')).not.toMatch(/Iran border/);
		expect(texts('2020-10-22').join(' ')).toMatch(/22 October: Azerbaijan announced control of the whole Iran border section/);
		expect(texts('2020-11-10')).toEqual([]);
	});
	it('2023: control not mapped', () => {
		expect(texts('2023-09-30').join(' ')).toMatch(/not mapped/);
	});
});

describe('the model', () => {
	it('cites FACTS.md on every event, and explains every conventional one', () => {
		for (const e of control.events) {
			expect(e.source, e.label).toMatch(/^(S( \d+([–,] ?\d+)*)?(; C)?|C|convention)$/);
			if (e.source === 'convention') expect(e.note, e.label).toBeTruthy();
		}
	});
	it('lists the days areas changed', () => {
		expect(control.changeDays('1993-01-01', '1993-12-31')).toEqual([
			'1993-01-01',
			'1993-04-05',
			'1993-07-23',
			'1993-08-23',
			'1993-08-31',
			'1993-10-31'
		]);
	});
	it('answers a date it has seen with the same record, frozen so no caller can change it', () => {
		const a = controlAt('1993-08-23');
		expect(controlAt('1993-08-23')).toBe(a);
		expect(Object.isFrozen(a)).toBe(true);
	});
});

describe('areasHeldBy', () => {
	const km2 = Object.fromEntries(AREA_IDS.map((id, i) => [id, 100 * (i + 1)])) as Record<AreaId, number>;
	const total = AREA_IDS.reduce((s, id) => s + km2[id], 0);
	const cases3: { name: string; args: [string, Holder]; expected: number }[] = [
		{ name: 'nothing held by arm before 1992', args: ['1990-01-01', 'arm'], expected: 0 },
		{ name: 'everything az before 1992', args: ['1990-01-01', 'az'], expected: total },
		{
			name: 'Lachin + NKAO parts on 18 May 1992',
			args: ['1992-05-18', 'arm'],
			expected: km2['lachin-north'] + km2['lachin-south'] + km2['nkao-core'] + km2['nkao-south'] + km2.shusha + km2.talish
		},
		{ name: 'only the NKAO core after 1 Dec 2020', args: ['2021-01-01', 'arm'], expected: km2['nkao-core'] }
	];
	it.each(cases3)('$name', ({ args, expected }) => {
		expect(areasHeldBy(args[0], args[1], km2)).toBe(expected);
	});
	it('the three statuses add up to the total on any date', () => {
		for (const d of ['1993-09-01', '2010-01-01', '2020-11-09']) {
			expect(
				areasHeldBy(d, 'az', km2) + areasHeldBy(d, 'arm', km2) + areasHeldBy(d, 'contested', km2) + areasHeldBy(d, 'unmapped', km2)
			).toBe(total);
		}
	});
});
