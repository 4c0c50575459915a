// What the map shows, derived from the active step and the reader's progress through it: the frame,
// the date whose control is coloured, the layers and the highlights. Pure; the Map only binds it.
import { firstDay, lastDay, dayNumber, fromDayNumber, type IsoDate } from '../content/dates';
import type { Step } from '../content/story';

export interface MapState {
	stepId: string;
	/** A named frame or a district code (resolved to a view by the scene). */
	frame: string;
	/** The day whose control the map colours. */
	date: IsoDate;
	layers: readonly string[];
	districts: readonly string[];
	places: readonly string[];
}

/** The first and last day a step's map date runs over (the same day unless it scrubs time). */
export function dateSpan(step: Step): [IsoDate, IsoDate] {
	if (step.map.date) return [step.map.date, step.map.date];
	const end = lastDay(step.to ?? step.date);
	if (step.map.progress === 'date') return [firstDay(step.date), end];
	return [end, end];
}

/** The map's date at a progress through the step: whole days, from the span's first to its last. */
export function dateAt(step: Step, progress: number): IsoDate {
	const [from, to] = dateSpan(step);
	if (from === to) return from;
	const p = Math.min(1, Math.max(0, progress));
	const a = dayNumber(from);
	const b = dayNumber(to);
	return fromDayNumber(Math.floor(a + (b - a) * p + 1e-9));
}

export function mapStateFor(step: Step, progress: number): MapState {
	return {
		stepId: step.id,
		frame: step.map.frame,
		date: dateAt(step, progress),
		layers: step.map.layers,
		districts: step.map.highlight.districts,
		places: step.map.highlight.places
	};
}
