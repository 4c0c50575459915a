// The story's own claims, checked against the control model and the data: what a title or the dek says
// of counts, firsts, shares and dates must be what the model computes. Each case fails on the text the
// standards desk flagged (quoted in its name).
import { describe, expect, it } from 'vitest';
import { story, scene, step } from './testing';
import { control } from './domain/control';
import { SEVEN_DISTRICTS, district } from './domain/districts';
import { areaHeldSeries as heldSeries, type AreaFacts } from '../../lib/engine/chart/data';
import { districtsTaken as takenOf, figureText, wholeYears } from '../../lib/engine/content/figures';
import { districtOf } from './fixtures';

const districtsTaken = (from: string, to: string, d: typeof districtOf) =>
	takenOf(from, to, { control, primary: 'arm', focus: SEVEN_DISTRICTS }, d);
const areaHeldSeries = (codes: readonly string[], from: string, to: string, facts: AreaFacts) =>
	heldSeries(control, 'arm', codes, from, to, facts);
const chartTitle = (id: string) => step(id).chart!.title;
const text = (id: string) => [step(id).title, ...step(id).body].join(' ');

describe('figures in titles and the dek', () => {
	it('the dek says what was true of the years: 26 is the ceasefire, not how long each district was held (was "held them for 26 years")', () => {
		expect(wholeYears('1994-05-12', '2020-09-27')).toBe(26);
		expect(story.meta.dek).toContain('through 26 years of ceasefire');
		expect(story.meta.dek).not.toMatch(/held them for 26 years/);
	});
	it('south-1993 counts the districts its chart shows (was "five districts")', () => {
		const n = districtsTaken('1993-01-01', '1993-12-31', districtOf);
		expect(n).toBe(6);
		expect(chartTitle('south-1993')).toContain(`${figureText(n)} districts`);
		// the chart's captures name the same districts
		const events = (step('south-1993').chart as unknown as { events: { kind: string; label: string }[] }).events;
		const names = new Set(SEVEN_DISTRICTS.map((c) => district(c).name));
		const captured = new Set(
			events
				.filter((e) => e.kind === 'capture')
				.flatMap((e) => e.label.replace(/ \(.*\)$/, '').split(', '))
				.filter((l) => names.has(l))
		);
		expect(captured.size).toBe(n);
	});
	it('war-2020’s weeks are whole weeks between 27 September and 10 November', () => {
		expect(Math.floor((Date.UTC(2020, 10, 10) - Date.UTC(2020, 8, 27)) / 864e5 / 7)).toBe(6);
		expect(step('war-2020').title).toBe('A war of six weeks');
	});
	it('ceasefire-2020’s chart title names the war and the handovers, not "six weeks down" (was "Twenty-six years flat, then six weeks down")', () => {
		const title = chartTitle('ceasefire-2020');
		expect(title).not.toMatch(/six weeks down/i);
		// the fall runs from the war (27 September) to the last handover (1 December)
		const series = areaHeldSeries(SEVEN_DISTRICTS, '2020-01-01', '2020-12-31', scene.facts);
		const falls = series.filter((p, i) => i > 0 && p.share < series[i - 1].share).map((p) => p.date);
		expect(falls[0]).toBe('2020-09-27');
		expect(falls.at(-1)).toBe('2020-12-01');
		expect(falls.filter((d) => d >= '2020-11-20')).toEqual(['2020-11-20', '2020-11-25', '2020-12-01']);
		expect(title).toMatch(/the war and three handovers/);
	});
});

describe('firsts, mosts and shares', () => {
	it('lachin-1992: Lachin was the first of the seven districts taken', () => {
		const first = control.events.find((e) => e.holder === 'arm' && e.areas.some((a) => SEVEN_DISTRICTS.includes(districtOf[a] as never)))!;
		expect(first.areas.map((a) => districtOf[a])).toContain('AZ-LAC');
		expect(chartTitle('lachin-1992')).toBe('Lachin was the first district taken');
	});
	it('ceasefire-1994: most of the seven districts’ area was held at the ceasefire', () => {
		const at = areaHeldSeries(SEVEN_DISTRICTS, '1994-05-12', '1994-05-13', scene.facts)[0];
		expect(at.share).toBeGreaterThan(0.5);
		expect(chartTitle('ceasefire-1994')).toMatch(/most of the seven districts' area/);
	});
	it('settlers: the title names the district with the most settlers, not a corridor (was "along the Lachin corridor")', () => {
		const items = (step('settlers').chart as unknown as { items: { district: string; low: number }[] }).items;
		const top = [...items].sort((a, b) => b.low - a.low)[0];
		expect(top.district).toBe('AZ-LAC');
		expect(chartTitle('settlers')).toBe('Lachin district had the most settlers in 2005');
	});
});

describe('what the standards desk found wrong or misleading, now true', () => {
	it('south-1993 no longer has Horadiz staying Azerbaijani, and quotes Resolution 884 in full', () => {
		expect(text('south-1993')).not.toMatch(/Horadiz, stayed under Azerbaijani control/);
		expect(text('south-1993')).toContain('"the occupation of the Zangelan district and the city of Goradiz"');
		expect(control.townsAt('1993-10-31').map((m) => [m.town, m.holder])).toEqual([['horadiz', 'arm']]);
		expect(text('ceasefire-1994')).toMatch(/In early January 1994 Azerbaijan said its forces had retaken Horadiz/);
	});
	it('ceasefire-2020 gives Kalbajar’s first deadline and puts only the agreement under the peacekeepers', () => {
		expect(text('ceasefire-2020')).toMatch(/from Kalbajar by 15 November, a deadline later extended to 25 November at Armenia's request/);
		expect(text('ceasefire-2020')).not.toMatch(/Nagorno-Karabakh, under Russian peacekeepers/);
	});
	it('kalbajar-handover: handed over on the extended deadline, not "ten days late"', () => {
		expect(step('kalbajar-handover').title).not.toMatch(/late/);
		expect(control.events.find((e) => e.areas.includes('kalbajar') && e.holder === 'az')!.day).toBe('2020-11-25');
	});
	it('displacement: the figures are said to be for the whole of Azerbaijan wherever they appear', () => {
		expect(text('displacement')).toMatch(/in Azerbaijan as a whole/);
		const chart = step('displacement').chart as unknown as { title: string; items: { label: string }[]; source: string };
		expect(chart.title).toMatch(/^In all of Azerbaijan/);
		for (const i of chart.items) expect(i.label).toMatch(/in Azerbaijan$/);
		expect(chart.source).toMatch(/whole of Azerbaijan/);
	});
	it('kalbajar-1993 attributes "security zone", and the dek attributes "security belt" before the reader meets the headline’s belt again', () => {
		expect(text('kalbajar-1993')).toMatch(/which the Armenian side described as a "security zone"/);
		expect(story.meta.dek).toMatch(/what Nagorno-Karabakh called a "security belt"/);
	});
	it('war-2020 says what the map shows: announced towns, no mapped front lines', () => {
		expect(text('war-2020')).toMatch(
			/towns change on the dates Azerbaijan announced their capture; the front lines of the war are not mapped/
		);
		// no area changes hands between the first day and the ceasefire: only towns do, on announced dates
		const during = control.events.filter((e) => e.day > '2020-09-27' && e.day < '2020-11-10');
		expect(during).toEqual([]);
		expect(control.towns.filter((t) => t.day >= '2020-09-27' && t.day < '2020-11-10').every((t) => t.said === 'az')).toBe(true);
	});
	it('aftermath does not claim who controlled what after September 2023', () => {
		expect(Object.values(control.controlAt('2023-09-30'))).toContain('unmapped');
		expect(step('aftermath').alt.map).not.toMatch(/Azerbaijani control/);
	});
	it('a "How this map was made" note states the conventions and precision', () => {
		const all = story.method.body.join(' ');
		expect(story.method.title).toBe('How this map was made');
		for (const needle of [/Names\./, /former NKAO .* not mapped/, /announced/, /±5–10 km/, /computed from these polygons/])
			expect(all).toMatch(needle);
	});
});
