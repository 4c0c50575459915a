// The map's text descriptions as the page reads them: computed at build time for each step over its
// date span (describe.ts, describeSpan, into the scene), so the page carries no describing code. The
// date in a description is a slot filled here: a step that scrubs time through 45 days then carries one
// description per change of what the map shows, not one per day (war-2020: 9, not 45; 38 KB less of
// page data to parse on load).
import { formatDate, type IsoDate } from '../content/dates';

/** Where a description says its date. */
export const DATE_SLOT = '\u2060date\u2060';

/** A description of a step's map, in force from a day to the next description's. */
export interface Description {
	from: IsoDate;
	/** The text, with DATE_SLOT where the date goes. */
	text: string;
}

/** The description in force on a date (the first one before the span starts), with that date in it. */
export function descriptionOn(list: readonly Description[], date: IsoDate): string {
	let text = list[0]?.text ?? '';
	for (const d of list) if (d.from <= date) text = d.text;
	return text.replaceAll(DATE_SLOT, formatDate(date));
}

/** A step's description as the step opens. */
export function firstDescription(list: readonly Description[] | undefined): string {
	return list?.length ? descriptionOn(list, list[0].from) : '';
}
