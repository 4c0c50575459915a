// Chart data computed from the geodata and the control model, never typed in: who held each
// district over time, the share of a set of districts a side held, and district areas. Pure.
import type { ControlModel } from '../control/model';
import { dayNumber, fromDayNumber, type IsoDate } from '../content/dates';

/** Per control area: its km² and the district it lies in (null: in the outline, spanning districts). */
export interface AreaFacts {
	km2: Record<string, number>;
	district: Record<string, string | null>;
}

type Control = Pick<ControlModel<string, string>, 'controlAt' | 'changeDays'>;

/**
 * How much of a district a side held: none, part or all of its mapped area; 'contested' when any of it
 * was fought over with the front not mapped (see `contested` for how much), 'unmapped' likewise.
 */
export type Share = 'none' | 'part' | 'all' | 'contested' | 'unmapped';

export interface Segment {
	from: IsoDate;
	to: IsoDate;
	share: Share;
	/** Fraction of the district's area held by the side, 0..1. */
	fraction: number;
	/** Fraction of it fought over, front not mapped, 0..1. */
	contested: number;
	/** Fraction of it whose control is not mapped, 0..1. */
	unmapped: number;
}

export interface ControlRow {
	code: string;
	segments: Segment[];
}

function areasOf(code: string, facts: AreaFacts): string[] {
	return Object.keys(facts.km2).filter((a) => facts.district[a] === code);
}

/** Fraction of a set of areas' km² under `holder` (a side or a status) in a control record. */
function heldFraction(areas: readonly string[], control: Readonly<Record<string, string>>, facts: AreaFacts, holder: string): number {
	let total = 0;
	let held = 0;
	for (const a of areas) {
		total += facts.km2[a];
		if (control[a] === holder) held += facts.km2[a];
	}
	return total > 0 ? held / total : 0;
}

function shareOf(fraction: number, contested: number, unmapped: number): Share {
	if (contested > 0.001) return 'contested';
	if (unmapped > 0.001) return 'unmapped';
	if (fraction <= 0.001) return 'none';
	if (fraction >= 0.999) return 'all';
	return 'part';
}

/** One row per district: the spans of time `side` held it in none, part or all, from `from` to `to`. */
export function controlRows(
	control: Control,
	side: string,
	codes: readonly string[],
	from: IsoDate,
	to: IsoDate,
	facts: AreaFacts
): ControlRow[] {
	const days = control.changeDays(from, to);
	const controls = days.map((d) => control.controlAt(d));
	return codes.map((code) => {
		const areas = areasOf(code, facts);
		const segments: Segment[] = [];
		controls.forEach((record, i) => {
			const fraction = heldFraction(areas, record, facts, side);
			const contested = heldFraction(areas, record, facts, 'contested');
			const unmapped = heldFraction(areas, record, facts, 'unmapped');
			const share = shareOf(fraction, contested, unmapped);
			const prev = segments[segments.length - 1];
			const same = (a: number, b: number) => Math.abs(a - b) < 1e-6;
			if (prev && prev.share === share && same(prev.fraction, fraction) && same(prev.contested, contested) && same(prev.unmapped, unmapped))
				return;
			if (prev) prev.to = days[i];
			segments.push({ from: days[i], to, share, fraction, contested, unmapped });
		});
		return { code, segments };
	});
}

export interface HeldPoint {
	date: IsoDate;
	/** km² of the districts' areas the side held from this day. */
	km2: number;
	/** The same as a share of the districts' total area, 0..1. */
	share: number;
	/** km² fought over, front not mapped (the war of 2020), and its share. */
	contestedKm2: number;
	contestedShare: number;
}

/** The area of the given districts `side` held, as a step series over [from, to]. */
export function areaHeldSeries(
	control: Control,
	side: string,
	codes: readonly string[],
	from: IsoDate,
	to: IsoDate,
	facts: AreaFacts
): HeldPoint[] {
	const areas = Object.keys(facts.km2).filter((a) => facts.district[a] !== null && codes.includes(facts.district[a]!));
	const total = areas.reduce((s, a) => s + facts.km2[a], 0);
	return control.changeDays(from, to).map((date) => {
		const record = control.controlAt(date);
		const km2 = areas.reduce((s, a) => s + (record[a] === side ? facts.km2[a] : 0), 0);
		const contestedKm2 = areas.reduce((s, a) => s + (record[a] === 'contested' ? facts.km2[a] : 0), 0);
		return { date, km2, share: total > 0 ? km2 / total : 0, contestedKm2, contestedShare: total > 0 ? contestedKm2 / total : 0 };
	});
}

/** The total km² of each district, from its areas. */
export function districtKm2(codes: readonly string[], facts: AreaFacts): { code: string; km2: number }[] {
	return codes.map((code) => ({ code, km2: areasOf(code, facts).reduce((s, a) => s + facts.km2[a], 0) }));
}

/** Evenly spaced year ticks between two dates, at most `max` of them. */
export function yearTicks(from: IsoDate, to: IsoDate, max: number): IsoDate[] {
	const y0 = Number(from.slice(0, 4)) + (from.slice(5) === '01-01' ? 0 : 1);
	const y1 = Number(to.slice(0, 4));
	const span = Math.max(1, y1 - y0);
	const stepOptions = [1, 2, 5, 10, 20];
	const step = stepOptions.find((s) => span / s + 1 <= max) ?? 50;
	const ticks: IsoDate[] = [];
	for (let y = Math.ceil(y0 / step) * step; y <= y1; y += step) ticks.push(`${y}-01-01`);
	return ticks;
}

/** Day ticks for short spans (the 2020 war): every `every` days from `from`, as full dates. */
export function dayTicks(from: IsoDate, to: IsoDate, max: number): IsoDate[] {
	const a = dayNumber(from);
	const b = dayNumber(to);
	const every = [1, 2, 7, 14, 30].find((n) => (b - a) / n + 1 <= max) ?? 60;
	const ticks: IsoDate[] = [];
	for (let d = a; d <= b; d += every) ticks.push(fromDayNumber(d));
	return ticks;
}

/** First days of months between two dates, thinned to at most `max`. */
export function monthTicks(from: IsoDate, to: IsoDate, max: number): IsoDate[] {
	const months: IsoDate[] = [];
	let y = Number(from.slice(0, 4));
	let m = Number(from.slice(5, 7));
	if (from.slice(8) !== '01') m += 1;
	for (;;) {
		if (m > 12) {
			m = 1;
			y += 1;
		}
		const d = `${y}-${String(m).padStart(2, '0')}-01`;
		if (d > to) break;
		months.push(d);
		m += 1;
	}
	const every = Math.ceil(months.length / Math.max(1, max));
	return months.filter((_, i) => i % every === 0);
}

/** Ticks that suit the span: years for long spans, months for a year or so, days for weeks. */
export function timeTicks(from: IsoDate, to: IsoDate, max: number): { ticks: IsoDate[]; unit: 'year' | 'month' | 'day' } {
	const days = dayNumber(to) - dayNumber(from);
	if (days > 3 * 365) return { ticks: yearTicks(from, to, max), unit: 'year' };
	if (days > 75) return { ticks: monthTicks(from, to, max), unit: 'month' };
	return { ticks: dayTicks(from, to, max), unit: 'day' };
}
