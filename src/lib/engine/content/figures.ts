// Figures the data can compute are never typed into the text: a content string says `{ceasefire-years}`
// and the content file's `figures` section says what it measures (years or weeks between two days, the
// story's focus districts its primary side took in a period, by the control model). Resolved once, when
// the content is loaded, so every reader of the story (page, cards, embeds) gets the same words. Pure.
import { dayNumber, type IsoDate } from './dates';
import type { ControlModel } from '../control/model';

/** What the districts-taken measure needs: the control model, whose holdings count, which districts. */
export interface FigureModel {
	control: Pick<ControlModel<string, string>, 'controlAt' | 'changeDays' | 'first'>;
	primary: string;
	focus: readonly string[];
}

export const MEASURES = ['years', 'weeks', 'days', 'districts-taken'] as const;
export type Measure = (typeof MEASURES)[number];

export interface FigureSpec {
	measure: Measure;
	from: IsoDate;
	to: IsoDate;
	/** 'words' (six), 'digits' (6); by default words up to nine, digits from 10. */
	as?: 'words' | 'digits';
}

/** Each control area's district (null: in the outline), from the geodata. */
export type AreaDistricts = Readonly<Record<string, string | null>>;

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Whole calendar years from one day to another (anniversaries passed). */
export function wholeYears(from: IsoDate, to: IsoDate): number {
	const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
	return to.slice(5) < from.slice(5) ? years - 1 : years;
}

/** How many focus districts the primary side took a part of in [from, to] (held none of the day before). */
export function districtsTaken(from: IsoDate, to: IsoDate, model: FigureModel, districtOf: AreaDistricts): number {
	const { control, primary, focus } = model;
	const heldOn = (date: IsoDate) => {
		const c = control.controlAt(date);
		return new Set(
			Object.keys(c)
				.filter((a) => c[a] === primary)
				.map((a) => districtOf[a])
		);
	};
	const before = from > control.first ? heldOn(dayBefore(from)) : new Set<string | null>();
	const taken = new Set<string>();
	for (const day of control.changeDays(from, to)) {
		for (const d of heldOn(day)) if (d && focus.includes(d) && !before.has(d)) taken.add(d);
	}
	return taken.size;
}

function dayBefore(date: IsoDate): IsoDate {
	const d = new Date((dayNumber(date) - 1) * 86_400_000);
	return d.toISOString().slice(0, 10);
}

/** The figure's value. */
export function measure(spec: FigureSpec, model: FigureModel, districtOf: AreaDistricts): number {
	const days = dayNumber(spec.to) - dayNumber(spec.from);
	switch (spec.measure) {
		case 'years':
			return wholeYears(spec.from, spec.to);
		case 'weeks':
			return Math.floor(days / 7);
		case 'days':
			return days;
		case 'districts-taken':
			return districtsTaken(spec.from, spec.to, model, districtOf);
	}
}

/** A value as the text prints it. */
export function figureText(value: number, as?: FigureSpec['as']): string {
	const words = as === 'words' || (as === undefined && value >= 0 && value <= 9);
	return words && WORDS[value] !== undefined ? WORDS[value] : String(value);
}

const PLACEHOLDER = /\{([a-z0-9-]+)\}/g;

/** The placeholders a string uses. */
export function placeholders(text: string): string[] {
	return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/** A string with its placeholders replaced by the figures' text. */
export function fillFigures(text: string, values: Readonly<Record<string, string>>): string {
	return text.replace(PLACEHOLDER, (all, id: string) => values[id] ?? all);
}

/** Every figure's text, by id. */
export function figureValues(
	specs: Readonly<Record<string, FigureSpec>>,
	model: FigureModel,
	districtOf: AreaDistricts
): Record<string, string> {
	return Object.fromEntries(Object.entries(specs).map(([id, spec]) => [id, figureText(measure(spec, model, districtOf), spec.as)]));
}

/** A deep copy of a value with every string's placeholders filled. */
export function fillAll<T>(value: T, values: Readonly<Record<string, string>>): T {
	if (typeof value === 'string') return fillFigures(value, values) as T;
	if (Array.isArray(value)) return value.map((v) => fillAll(v, values)) as T;
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillAll(v, values)])) as T;
	return value;
}
