// Tests for controlAt / areasHeldBy: a hand-written table of holders the day before and the day of each
// event (not derived from CONTROL_EVENTS, so a wrong or missing event fails here).

import { describe, expect, it } from 'vitest';
import { AREA_IDS, CONTROL_EVENTS, areasHeldBy, checkDate, controlAt, eventsOn, type AreaId, type Holder } from './control';

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
const S6 = set(S5, 'arm', ['zangilan']); // 30 Oct 1993 (approx) – Sep 2020
const T1 = set(S6, 'az', ['talish']); // 1 Oct 2020 (approx)
const T2 = set(T1, 'az', ['jabrayil']); // 4 Oct 2020 (approx)
const T3 = set(T2, 'az', ['nkao-south']); // 9 Oct 2020, Hadrut
const T4 = set(T3, 'az', ['fuzuli-west']); // 17 Oct
const T5 = set(T4, 'az', ['zangilan']); // 20 Oct
const T6 = set(T5, 'az', ['qubadli']); // 25 Oct
const T7 = set(T6, 'az', ['shusha']); // 8 Nov
const T8 = set(T7, 'az', ['lachin-south']); // 10 Nov ceasefire
const H1 = set(T8, 'az', ['agdam-west']); // 20 Nov
const H2 = set(H1, 'az', ['kalbajar']); // 25 Nov
const H3 = set(H2, 'az', ['lachin-north']); // 1 Dec 2020
const F = ALL_AZ; // 20 Sep 2023

const cases: { name: string; args: [string]; expected: State }[] = [
	{ name: 'first valid day', args: ['1988-01-01'], expected: S0 },
	{ name: 'day before Lachin', args: ['1992-05-17'], expected: S0 },
	{ name: 'Lachin, 18 May 1992', args: ['1992-05-18'], expected: S1 },
	{ name: 'Kalbajar offensive under way, 27 Mar 1993', args: ['1993-03-27'], expected: S1 },
	{ name: 'day before Kalbajar complete', args: ['1993-04-04'], expected: S1 },
	{ name: 'Kalbajar, 5 Apr 1993', args: ['1993-04-05'], expected: S2 },
	{ name: 'day before Agdam', args: ['1993-07-22'], expected: S2 },
	{ name: 'Agdam, 23 Jul 1993', args: ['1993-07-23'], expected: S3 },
	{ name: 'day before Fuzuli/Jabrayil', args: ['1993-08-22'], expected: S3 },
	{ name: 'Fuzuli and Jabrayil, 23 Aug 1993', args: ['1993-08-23'], expected: S4 },
	{ name: 'day before Qubadli', args: ['1993-08-30'], expected: S4 },
	{ name: 'Qubadli, 31 Aug 1993', args: ['1993-08-31'], expected: S5 },
	{ name: 'day before Zangilan', args: ['1993-10-29'], expected: S5 },
	{ name: 'Zangilan, late Oct 1993', args: ['1993-10-30'], expected: S6 },
	{ name: 'ceasefire 1994', args: ['1994-05-12'], expected: S6 },
	{ name: 'between the wars', args: ['2005-06-01'], expected: S6 },
	{ name: 'war begins, 27 Sep 2020', args: ['2020-09-27'], expected: S6 },
	{ name: 'Talish, October 2020', args: ['2020-10-01'], expected: T1 },
	{ name: 'day before Jabrayil', args: ['2020-10-03'], expected: T1 },
	{ name: 'Jabrayil, early Oct 2020', args: ['2020-10-04'], expected: T2 },
	{ name: 'day before Hadrut', args: ['2020-10-08'], expected: T2 },
	{ name: 'Hadrut, 9 Oct', args: ['2020-10-09'], expected: T3 },
	{ name: 'day before Fuzuli town', args: ['2020-10-16'], expected: T3 },
	{ name: 'Fuzuli town, 17 Oct', args: ['2020-10-17'], expected: T4 },
	{ name: 'day before Zangilan town', args: ['2020-10-19'], expected: T4 },
	{ name: 'Zangilan town, 20 Oct', args: ['2020-10-20'], expected: T5 },
	{ name: 'Iran border, 22 Oct', args: ['2020-10-22'], expected: T5 },
	{ name: 'day before Qubadli', args: ['2020-10-24'], expected: T5 },
	{ name: 'Qubadli, 25 Oct', args: ['2020-10-25'], expected: T6 },
	{ name: 'day before Shusha', args: ['2020-11-07'], expected: T6 },
	{ name: 'Shusha, 8 Nov', args: ['2020-11-08'], expected: T7 },
	{ name: 'day before the ceasefire', args: ['2020-11-09'], expected: T7 },
	{ name: 'ceasefire, 10 Nov', args: ['2020-11-10'], expected: T8 },
	{ name: 'day before Agdam handover', args: ['2020-11-19'], expected: T8 },
	{ name: 'Agdam handover, 20 Nov', args: ['2020-11-20'], expected: H1 },
	{ name: 'day before Kalbajar handover', args: ['2020-11-24'], expected: H1 },
	{ name: 'Kalbajar handover, 25 Nov', args: ['2020-11-25'], expected: H2 },
	{ name: 'day before Lachin handover', args: ['2020-11-30'], expected: H2 },
	{ name: 'Lachin handover, 1 Dec', args: ['2020-12-01'], expected: H3 },
	{ name: '2022', args: ['2022-08-26'], expected: H3 },
	{ name: 'day before September 2023', args: ['2023-09-19'], expected: H3 },
	{ name: 'September 2023', args: ['2023-09-20'], expected: F },
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
		expect(() => checkDate(...args)).toThrow(expected);
	});
});

describe('CONTROL_EVENTS', () => {
	it('is sorted by date, with valid dates and known areas', () => {
		for (let i = 0; i < CONTROL_EVENTS.length; i++) {
			const e = CONTROL_EVENTS[i];
			expect(() => checkDate(e.date)).not.toThrow();
			if (i > 0) expect(e.date >= CONTROL_EVENTS[i - 1].date).toBe(true);
			for (const a of e.areas) expect(AREA_IDS).toContain(a);
			expect(e.areas.length).toBeGreaterThan(0);
			expect(e.label.length).toBeGreaterThan(0);
		}
	});
	it('cites FACTS.md on every event, and explains every approximate or conventional one', () => {
		for (const e of CONTROL_EVENTS) {
			expect(e.source, e.label).toMatch(/^(S( \d+([–,] ?\d+)*)?|C|convention)$/);
			if (e.approx || e.source === 'convention') expect(e.note, e.label).toBeTruthy();
		}
	});
	it('lists the events of a day', () => {
		expect(eventsOn('1992-05-18').length).toBe(2);
		expect(eventsOn('1992-05-19')).toEqual([]);
	});
});

describe('areasHeldBy', () => {
	const km2 = Object.fromEntries(AREA_IDS.map((id, i) => [id, 100 * (i + 1)])) as Record<AreaId, number>;
	const total = AREA_IDS.reduce((s, id) => s + km2[id], 0);
	const cases2: { name: string; args: [string, Holder]; expected: number }[] = [
		{ name: 'nothing held by arm before 1992', args: ['1990-01-01', 'arm'], expected: 0 },
		{ name: 'everything az before 1992', args: ['1990-01-01', 'az'], expected: total },
		{ name: 'Lachin + NKAO parts on 18 May 1992', args: ['1992-05-18', 'arm'], expected: km2['lachin-north'] + km2['lachin-south'] + km2['nkao-core'] + km2['nkao-south'] + km2.shusha + km2.talish },
		{ name: 'only the NKAO core after 1 Dec 2020', args: ['2021-01-01', 'arm'], expected: km2['nkao-core'] },
		{ name: 'all az after Sep 2023', args: ['2023-10-01', 'az'], expected: total }
	];
	it.each(cases2)('$name', ({ args, expected }) => {
		expect(areasHeldBy(args[0], args[1], km2)).toBe(expected);
	});
	it('both sides add up to the total on any date', () => {
		for (const d of ['1993-09-01', '2010-01-01', '2020-11-09']) {
			expect(areasHeldBy(d, 'az', km2) + areasHeldBy(d, 'arm', km2)).toBe(total);
		}
	});
	it('names an area without km²', () => {
		const { kalbajar: _, ...missing } = km2;
		expect(() => areasHeldBy('2000-01-01', 'az', missing as Record<AreaId, number>)).toThrow(/no km² for area "kalbajar"/);
	});
});

describe('controlAt, remembered', () => {
	it('answers a date it has seen with the same record, frozen so no caller can change it', () => {
		const a = controlAt('1993-08-23');
		expect(controlAt('1993-08-23')).toBe(a);
		expect(Object.isFrozen(a)).toBe(true);
		expect(() => {
			(a as Record<string, string>)['x'] = 'arm';
		}).toThrow();
	});
	it('still checks dates it has not seen', () => {
		expect(() => controlAt('1993-02-30')).toThrow(/bad date/);
		expect(() => controlAt('1993-02-30')).toThrow(/bad date/);
	});
});
