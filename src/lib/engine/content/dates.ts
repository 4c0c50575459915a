// Dates of the story: partial ISO dates ('YYYY', 'YYYY-MM', 'YYYY-MM-DD'), checked against the
// calendar, turned into day numbers (UTC, no local time: safe to prerender) and formatted for readers.

/** A date as the content file writes it: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
export type PartialDate = string;
/** A full date, 'YYYY-MM-DD'. */
export type IsoDate = string;

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_MS = 86_400_000;

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface Parts {
	year: number;
	month?: number;
	day?: number;
}

// dates are parsed again and again while the map and the charts redraw (a few hundred distinct ones
// in the whole story): remember the answers, frozen, so no caller can change another's
const parsed = new Map<string, Readonly<Parts> | null>();
const PARSED_MAX = 2000;

/** The parts of a partial date, or null when it is not a real calendar date. */
export function parseDate(value: string): Readonly<Parts> | null {
	let parts = parsed.get(value);
	if (parts === undefined) {
		if (parsed.size >= PARSED_MAX) parsed.clear();
		parts = parseFresh(value);
		parsed.set(value, parts && Object.freeze(parts));
	}
	return parts;
}

function parseFresh(value: string): Parts | null {
	const m = PARTIAL.exec(value);
	if (!m) return null;
	const year = Number(m[1]);
	if (m[2] === undefined) return { year };
	const month = Number(m[2]);
	if (month < 1 || month > 12) return null;
	if (m[3] === undefined) return { year, month };
	const day = Number(m[3]);
	if (day < 1 || day > daysInMonth(year, month)) return null;
	return { year, month, day };
}

export function isPartialDate(value: string): boolean {
	return parseDate(value) !== null;
}

export function isFullDate(value: string): boolean {
	return parseDate(value)?.day !== undefined;
}

function iso(year: number, month: number, day: number): IsoDate {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function mustParse(value: string): Readonly<Parts> {
	const parts = parseDate(value);
	if (!parts) throw new Error(`invalid date: "${value}" (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
	return parts;
}

/** The first day a partial date covers: '1993' → '1993-01-01'. */
export function firstDay(value: PartialDate): IsoDate {
	const { year, month = 1, day = 1 } = mustParse(value);
	return iso(year, month, day);
}

/** The last day a partial date covers: '1993-10' → '1993-10-31'. */
export function lastDay(value: PartialDate): IsoDate {
	const { year, month = 12, day } = mustParse(value);
	return iso(year, month, day ?? daysInMonth(year, month));
}

/** Where in a month a month-only date sits, for placing it on a time axis. */
export type MonthPart = 'early' | 'mid' | 'late';
const PART_DAY: Record<MonthPart, number> = { early: 5, mid: 15, late: 25 };

/** A day to place a partial date at on an axis: full dates as they are, months at their part. */
export function placeDay(value: PartialDate, part: MonthPart = 'mid'): IsoDate {
	const { year, month, day } = mustParse(value);
	if (month === undefined) return iso(year, 7, 1);
	return iso(year, month, day ?? PART_DAY[part]);
}

/** Days since 1970-01-01 (UTC) of a date. */
export function dayNumber(value: PartialDate): number {
	const { year, month = 1, day = 1 } = mustParse(value);
	return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** The full date of a day number. */
export function fromDayNumber(n: number): IsoDate {
	const d = new Date(Math.round(n) * DAY_MS);
	return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** A reader's form: '23 July 1993', 'October 1993', '1993'. */
export function formatDate(value: PartialDate): string {
	const { year, month, day } = mustParse(value);
	if (month === undefined) return String(year);
	if (day === undefined) return `${MONTHS[month - 1]} ${year}`;
	return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** A short form for axes and labels: '23 Jul 1993', 'Oct 1993'. */
export function formatShort(value: PartialDate, withYear = true): string {
	const { year, month, day } = mustParse(value);
	if (month === undefined) return String(year);
	const m = MONTHS[month - 1].slice(0, 3);
	const y = withYear ? ` ${year}` : '';
	return day === undefined ? `${m}${y}` : `${day} ${m}${y}`;
}
