// The map's text descriptions as the page reads them: computed at build time for each step over its
// date span (describe.ts, describeSpan, into the scene), so the page carries no describing code.
import type { IsoDate } from '../content/dates';

/** A description of a step's map, in force from a day to the next description's. */
export interface Description {
	from: IsoDate;
	text: string;
}

/** The description in force on a date (the first one before the span starts). */
export function descriptionOn(list: readonly Description[], date: IsoDate): string {
	let text = list[0]?.text ?? '';
	for (const d of list) if (d.from <= date) text = d.text;
	return text;
}
