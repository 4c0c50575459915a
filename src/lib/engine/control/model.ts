// "Who controlled what on date D", as one pure model built from a story's dated events: holders of the
// map's atomic areas, marks on towns whose change the sources date separately (a capture announced for
// a town, not a district), and dated notes the map must show while they apply (conventions, claims).
//
// Rules every story gets:
// - An event takes effect on its effective day: a full date is that day; a loosely dated one ('late
//   October 1993', 'early October 2020', '1993-10') takes effect on the LAST day of the period it names,
//   so the map never shows a change before the sources say it had happened.
// - 'contested' and 'unmapped' are statuses, not sides: fought over with the front line not mapped, and
//   control the sources do not state.
// - A town mark shows only while the town's status differs from its area's (a town taken inside an area
//   still fought over, a town overrun inside an area its side kept).
// Answers are remembered per date and frozen: the map asks again on every frame of a step that scrubs time.
import { isFullDate, lastDay, parseDate, formatDate, type IsoDate, type MonthPart, type PartialDate } from '../content/dates';

/** Fought over; the front line not mapped. */
export const CONTESTED = 'contested';
/** Control the sources do not state. */
export const UNMAPPED = 'unmapped';

export interface DatedSpec {
	/** 'YYYY-MM-DD', or a looser 'YYYY-MM' / 'YYYY' (with `part` for a part of a month). */
	readonly when: PartialDate;
	readonly part?: MonthPart;
}

export interface AreaEventSpec<A extends string, H extends string> extends DatedSpec {
	readonly areas: readonly A[];
	readonly holder: H | typeof CONTESTED | typeof UNMAPPED;
	/** FACTS.md source tag: 'S' (with the source text's note numbers), 'C', or 'convention'. */
	readonly source: string;
	readonly label: string;
	readonly note?: string;
}

export interface TownEventSpec<A extends string, H extends string> extends DatedSpec {
	/** A place id of the story. */
	readonly town: string;
	/** The control area the town lies in (checked against the geodata by the build). */
	readonly area: A;
	readonly holder: H;
	/** The side that announced it, when the date is one side's announcement. */
	readonly said?: H;
	readonly source: string;
	readonly label: string;
}

export interface NoteSpec {
	/** Shown on maps whose date is in [from, to). */
	readonly from: IsoDate;
	readonly to: IsoDate;
	/** What the reader reads on the map. */
	readonly text: string;
	readonly source: string;
}

export interface ControlSpec<A extends string, H extends string> {
	readonly areas: readonly A[];
	/** Who holds every area before the first event. */
	readonly initial: H;
	readonly first: IsoDate;
	readonly last: IsoDate;
	readonly events: readonly AreaEventSpec<A, H>[];
	readonly towns?: readonly TownEventSpec<A, H>[];
	readonly notes?: readonly NoteSpec[];
}

export type Status<H extends string> = H | typeof CONTESTED | typeof UNMAPPED;

/** A town shown apart from its area: its holder, who said so, and when (as the sources put it). */
export interface TownMark<H extends string> {
	town: string;
	holder: H;
	said: H | null;
	when: PartialDate;
	part: MonthPart | null;
	/** The reader's form of `when`: '9 October 2020', 'early October 2020'. */
	whenText: string;
}

const PART_LAST: Record<MonthPart, number> = { early: 10, mid: 20, late: 31 };

/** The day a loosely dated event takes effect: the last day of the period it names. */
export function effectiveDay({ when, part }: DatedSpec): IsoDate {
	if (isFullDate(when)) return when;
	const end = lastDay(when);
	if (!part) return end;
	const day = Math.min(PART_LAST[part], Number(end.slice(8)));
	return `${end.slice(0, 8)}${String(day).padStart(2, '0')}`;
}

/** A dated spec in the reader's words: '9 October 2020', 'early October 2020', 'October 1993'. */
export function whenText({ when, part }: DatedSpec): string {
	const text = formatDate(when);
	return part && parseDate(when)?.day === undefined ? `${part} ${text}` : text;
}

export interface ControlModel<A extends string, H extends string> {
	readonly areas: readonly A[];
	readonly first: IsoDate;
	readonly last: IsoDate;
	/** Area events with their effective days, in order. */
	readonly events: readonly (AreaEventSpec<A, H> & { day: IsoDate })[];
	readonly towns: readonly (TownEventSpec<A, H> & { day: IsoDate })[];
	readonly notes: readonly NoteSpec[];
	/** Throws naming the value unless `date` is a real day within first … last. */
	check(date: string): void;
	controlAt(date: IsoDate): Readonly<Record<A, Status<H>>>;
	townsAt(date: IsoDate): readonly TownMark<H>[];
	notesAt(date: IsoDate): readonly NoteSpec[];
	/** The days in [from, to] on which an area changed, `from` first. */
	changeDays(from: IsoDate, to: IsoDate): IsoDate[];
}

const REMEMBER_MAX = 2000;

function remember<T>(compute: (date: IsoDate) => T): (date: IsoDate) => T {
	const known = new Map<string, T>();
	return (date) => {
		let v = known.get(date);
		if (v === undefined) {
			if (known.size >= REMEMBER_MAX) known.clear();
			v = Object.freeze(compute(date)) as T;
			known.set(date, v);
		}
		return v;
	};
}

/** Builds the model; throws naming the event when a date, an area or the order is wrong. */
export function createControlModel<A extends string, H extends string>(spec: ControlSpec<A, H>): ControlModel<A, H> {
	const check = (date: string) => {
		if (!isFullDate(date)) throw new Error(`control: bad date "${date}" (expected a real day as YYYY-MM-DD)`);
		if (date < spec.first || date > spec.last) throw new Error(`control: date "${date}" is outside ${spec.first} … ${spec.last}`);
	};
	const dated = <E extends DatedSpec & { label: string }>(e: E) => {
		if (!parseDate(e.when)) throw new Error(`control: event "${e.label}": bad date "${e.when}"`);
		const day = effectiveDay(e);
		check(day);
		return { ...e, day };
	};
	const events = spec.events.map(dated);
	events.forEach((e, i) => {
		if (i > 0 && e.day < events[i - 1].day) throw new Error(`control: event "${e.label}" (${e.day}) is out of order`);
		for (const a of e.areas) if (!spec.areas.includes(a)) throw new Error(`control: event "${e.label}": unknown area "${a}"`);
	});
	const towns = (spec.towns ?? []).map(dated).sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
	for (const t of towns) if (!spec.areas.includes(t.area)) throw new Error(`control: town event "${t.label}": unknown area "${t.area}"`);
	const notes = spec.notes ?? [];
	for (const n of notes) {
		check(n.from);
		if (n.to <= n.from) throw new Error(`control: note "${n.text}" ends before it starts`);
	}

	const controlAt = remember((date: IsoDate) => {
		check(date);
		const out = Object.fromEntries(spec.areas.map((a) => [a, spec.initial])) as Record<A, Status<H>>;
		for (const e of events) {
			if (e.day > date) break;
			for (const a of e.areas) out[a] = e.holder;
		}
		return out;
	});

	const townsAt = remember((date: IsoDate) => {
		const control = controlAt(date);
		const latest = new Map<string, (typeof towns)[number]>();
		for (const t of towns) if (t.day <= date) latest.set(t.town, t);
		const marks: TownMark<H>[] = [];
		for (const t of latest.values()) {
			if (control[t.area] === t.holder) continue;
			marks.push({ town: t.town, holder: t.holder, said: t.said ?? null, when: t.when, part: t.part ?? null, whenText: whenText(t) });
		}
		return marks;
	});

	const notesAt = remember((date: IsoDate) => notes.filter((n) => n.from <= date && date < n.to));

	return {
		areas: spec.areas,
		first: spec.first,
		last: spec.last,
		events,
		towns,
		notes,
		check,
		controlAt,
		townsAt,
		notesAt,
		changeDays(from, to) {
			const days = new Set<IsoDate>([from]);
			for (const e of events) if (e.day > from && e.day <= to) days.add(e.day);
			return [...days].sort();
		}
	};
}
