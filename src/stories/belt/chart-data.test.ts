// The engine's chart series over this story's control model, with synthetic areas (the real areas'
// shares are in claims.test.ts), and the time ticks.
import { describe, expect, it } from 'vitest';
import { AREA_IDS, control, type AreaId } from './domain/control';
import {
	areaHeldSeries as heldSeries,
	controlRows as rowsOf,
	dayTicks,
	districtKm2,
	monthTicks,
	timeTicks,
	yearTicks,
	type AreaFacts
} from '../../lib/engine/chart/data';

const controlRows = (codes: string[], from: string, to: string, facts: AreaFacts) => rowsOf(control, 'arm', codes, from, to, facts);
const areaHeldSeries = (codes: string[], from: string, to: string, facts: AreaFacts) => heldSeries(control, 'arm', codes, from, to, facts);
const changeDays = (from: string, to: string) => control.changeDays(from, to);

// Synthetic areas: 100 km² each, with Agdam and Fuzuli split 60/40 west/east.
const DISTRICT: Partial<Record<AreaId, string>> = {
	kalbajar: 'AZ-KAL',
	'lachin-north': 'AZ-LAC',
	'lachin-south': 'AZ-LAC',
	qubadli: 'AZ-QBI',
	zangilan: 'AZ-ZAN',
	jabrayil: 'AZ-CAB',
	'agdam-west': 'AZ-AGM',
	'agdam-east': 'AZ-AGM',
	'fuzuli-west': 'AZ-FUZ',
	'fuzuli-east': 'AZ-FUZ'
};
const facts: AreaFacts = {
	km2: Object.fromEntries(AREA_IDS.map((a) => [a, a.endsWith('-west') ? 60 : a.endsWith('-east') ? 40 : 100])) as AreaFacts['km2'],
	district: Object.fromEntries(AREA_IDS.map((a) => [a, DISTRICT[a] ?? null])) as AreaFacts['district']
};
const SEVEN = ['AZ-KAL', 'AZ-LAC', 'AZ-QBI', 'AZ-ZAN', 'AZ-CAB', 'AZ-FUZ', 'AZ-AGM'];

describe('changeDays', () => {
	it('starts on the first day and lists event days in range', () => {
		const days = changeDays('1993-01-01', '1993-12-31');
		expect(days[0]).toBe('1993-01-01');
		expect(days).toContain('1993-07-23');
		expect(days).not.toContain('1992-05-18');
	});
});

describe('controlRows', () => {
	const rows = controlRows(SEVEN, '1991-01-01', '2023-12-31', facts);
	const row = (code: string) => rows.find((r) => r.code === code)!;
	it('holds Lachin from 18 May 1992 to 1 December 2020: its south fought over in the war, then held in part', () => {
		const segs = row('AZ-LAC').segments;
		expect(segs.map((s) => [s.from, s.share])).toEqual([
			['1991-01-01', 'none'],
			['1992-05-18', 'all'],
			['2020-09-27', 'contested'],
			['2020-11-10', 'part'],
			['2020-12-01', 'none']
		]);
		expect(segs[2].contested).toBeCloseTo(0.5, 6);
	});
	it('shows Jabrayil fought over, not lost, from the first day of the war to the ceasefire', () => {
		const segs = row('AZ-CAB').segments;
		expect(segs.map((s) => [s.from, s.to, s.share])).toEqual([
			['1991-01-01', '1993-08-23', 'none'],
			['1993-08-23', '2020-09-27', 'all'],
			['2020-09-27', '2020-11-10', 'contested'],
			['2020-11-10', '2023-12-31', 'none']
		]);
	});
	it('shows Agdam held only in part (the west) from 23 July 1993', () => {
		const s = row('AZ-AGM').segments.find((x) => x.from === '1993-07-23')!;
		expect(s.share).toBe('part');
		expect(s.fraction).toBeCloseTo(0.6, 6);
		expect(s.to).toBe('2020-11-20');
	});
	it('makes contiguous segments', () => {
		for (const r of rows) {
			for (let i = 1; i < r.segments.length; i++) expect(r.segments[i].from).toBe(r.segments[i - 1].to);
			expect(r.segments.at(-1)!.to).toBe('2023-12-31');
		}
	});
});

describe('areaHeldSeries', () => {
	const series = areaHeldSeries(SEVEN, '1992-01-01', '2020-12-31', facts);
	const at = (date: string) => [...series].reverse().find((p) => p.date <= date)!;
	it('starts at zero', () => expect(series[0]).toMatchObject({ date: '1992-01-01', km2: 0, share: 0 }));
	it('peaks after the 1993 offensives at all but the east of Agdam and Fuzuli', () => {
		// Lachin has two areas of 100 km²: 100 + 200 + 3 × 100 + 60 + 60
		expect(at('1994-06-01').km2).toBe(720);
		expect(at('1994-06-01').share).toBeCloseTo(720 / 800, 6);
	});
	it('counts the war’s areas as fought over, not held, until the ceasefire', () => {
		// the four southern districts (100 each, Fuzuli's west 60) and Lachin's south
		expect(at('2020-10-15')).toMatchObject({ km2: 720 - 460, contestedKm2: 460 });
		expect(at('2020-10-15').share + at('2020-10-15').contestedShare).toBeCloseTo(720 / 800, 6);
		expect(at('2020-11-10')).toMatchObject({ km2: 260, contestedKm2: 0 });
	});
	it('falls to zero after the last handover', () => expect(at('2020-12-31').km2).toBe(0));
});

describe('districtKm2', () => {
	it('adds a split district’s parts', () => expect(districtKm2(['AZ-AGM'], facts)).toEqual([{ code: 'AZ-AGM', km2: 100 }]));
});

describe('ticks', () => {
	it('spaces years to fit', () => {
		expect(yearTicks('1991-01-01', '2023-12-31', 8)).toEqual([
			'1995-01-01',
			'2000-01-01',
			'2005-01-01',
			'2010-01-01',
			'2015-01-01',
			'2020-01-01'
		]);
		expect(yearTicks('1991-06-01', '1994-12-31', 8)).toEqual(['1992-01-01', '1993-01-01', '1994-01-01']);
	});
	it('spaces days to fit', () => {
		const t = dayTicks('2020-09-27', '2020-11-10', 8);
		expect(t[0]).toBe('2020-09-27');
		expect(t.length).toBeLessThanOrEqual(8);
	});
});

describe('monthTicks and timeTicks', () => {
	it('lists month starts after the first day', () =>
		expect(monthTicks('1993-03-15', '1993-06-30', 12)).toEqual(['1993-04-01', '1993-05-01', '1993-06-01']));
	it('thins months to fit', () => expect(monthTicks('1993-01-01', '1993-12-31', 4).length).toBeLessThanOrEqual(4));
	it('picks the unit by span', () => {
		expect(timeTicks('1991-01-01', '2023-12-31', 6).unit).toBe('year');
		expect(timeTicks('1993-03-01', '1993-11-30', 6).unit).toBe('month');
		expect(timeTicks('2020-09-27', '2020-11-10', 6).unit).toBe('day');
	});
});
