// The content file's schema (zod) and its parser. Bad content fails with one message per fault that
// names the file, the step and the field: `story.yaml: step "kalbajar-1993", field map.frame: …`.
import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import { isPartialDate, isFullDate, dayNumber, lastDay, firstDay, fromDayNumber, formatDate } from './dates';
import { DISTRICTS } from '../geo/districts';
import { PLACES } from '../geo/places';
import { FRAME_NAMES, LAYER_IDS, LAYERS } from '../map/vocabulary';
import { MEASURES, placeholders } from './figures';
import { checkNames, type TextField } from './names';
import { ALT_NAMES, NAME_FORMS } from '../geo/names';

const DISTRICT_CODES = DISTRICTS.map((d) => d.code as string);
const PLACE_IDS = PLACES.map((p) => p.id);

const text = z.string().trim().min(1, { error: 'must not be empty' });
const partialDate = z.string().refine(isPartialDate, {
	error: (issue) => `invalid date ${JSON.stringify(issue.input)} (expected a real date as YYYY, YYYY-MM or YYYY-MM-DD)`
});
const fullDate = z.string().refine(isFullDate, {
	error: (issue) => `invalid date ${JSON.stringify(issue.input)} (expected a real date as YYYY-MM-DD)`
});
const districtCode = z.string().refine((s) => DISTRICT_CODES.includes(s), {
	error: (issue) => `unknown district code ${JSON.stringify(issue.input)} (known: ${DISTRICT_CODES.join(', ')})`
});
const placeId = z.string().refine((s) => PLACE_IDS.includes(s), {
	error: (issue) => `unknown place ${JSON.stringify(issue.input)} (known: ${PLACE_IDS.join(', ')})`
});
const frame = z.string().refine((s) => (FRAME_NAMES as string[]).includes(s) || DISTRICT_CODES.includes(s), {
	error: (issue) =>
		`unknown frame ${JSON.stringify(issue.input)} (expected one of ${FRAME_NAMES.join(', ')} or a district code)`
});
const layer = z.enum(LAYER_IDS, {
	error: (issue) => `unknown layer ${JSON.stringify(issue.input)} (expected one of ${LAYER_IDS.join(', ')})`
});
const districtList = z.array(districtCode);

const mapSpec = z.strictObject({
	/** What to frame: a named frame or a district code. */
	frame,
	/** Optional layers to draw on top of countries, districts and control colours. */
	layers: z.array(layer).default([]),
	/** What to emphasize: districts by code, places by id. */
	highlight: z.strictObject({ districts: districtList.default([]), places: z.array(placeId).default([]) }).default({
		districts: [],
		places: []
	}),
	/** The date whose control the map shows; defaults to the last day of the step's date. */
	date: fullDate.optional(),
	/** 'date': the step's scroll progress moves the map's date from the step's date to its `to`. */
	progress: z.literal('date').optional(),
	/**
	 * Schematic arrows, only where a source says where an advance went: `basis` names that source (one of
	 * the step's), `label` what the arrow stands for (the key shows it).
	 */
	arrows: z
		.array(
			z.strictObject({
				from: placeId,
				to: placeId,
				/** Whose advance: 'arm' Armenian forces, 'az' Azerbaijani forces. */
				side: z.enum(['arm', 'az']),
				basis: z.string(),
				label: text,
				/** Curvature, a fraction of the arrow's length (negative bends right). */
				bend: z.number().min(-1).max(1).optional(),
				/** In a step that scrubs time, the day the arrow appears. */
				date: fullDate.optional()
			})
		)
		.default([])
});

const eventKind = z.enum(['capture', 'resolution', 'war', 'ceasefire', 'deadline', 'handover']);
const chartEvent = z.strictObject({
	date: partialDate,
	to: partialDate.optional(),
	/** Where a month-only date sits on the axis. */
	part: z.enum(['early', 'mid', 'late']).optional(),
	label: text,
	kind: eventKind,
	/** Who says so, for contested or single-sourced dates ("announced by Azerbaijan"). */
	attribution: text.optional()
});

const charts = [
	z.strictObject({ type: z.literal('district-areas'), title: text, districts: districtList.min(1), note: text.optional() }),
	z.strictObject({
		type: z.literal('control-timeline'),
		title: text,
		from: fullDate,
		to: fullDate,
		districts: districtList.min(1),
		/** Events marked across the rows (ceasefires, offensives). */
		marks: z.array(z.strictObject({ date: partialDate, to: partialDate.optional(), label: text })).default([])
	}),
	z.strictObject({ type: z.literal('area-held'), title: text, from: fullDate, to: fullDate }),
	z.strictObject({
		type: z.literal('events'),
		title: text,
		from: fullDate,
		to: fullDate,
		events: z.array(chartEvent).min(1),
		highlight: fullDate.optional(),
		/** Mark the map's date as the reader scrolls through the step. */
		progress: z.boolean().optional(),
		source: text
	}),
	z.strictObject({
		type: z.literal('bars'),
		title: text,
		unit: text,
		items: z.array(z.strictObject({ label: text, value: z.number().nonnegative(), note: text.optional() })).min(1),
		source: text
	}),
	z.strictObject({
		type: z.literal('ranges'),
		title: text,
		unit: text,
		/** The table's heading for `spelled`: how the source spells each name. */
		spellingColumn: text,
		items: z
			.array(
				z
					.strictObject({
						district: districtCode,
						/** The name as the source spells it (an OSCE spelling): shown only in its own column. */
						spelled: text,
						low: z.number().nonnegative(),
						high: z.number().nonnegative(),
						/** The figure as the source puts it ("under 10"). */
						text,
						/** 'upper': only an upper bound is known. */
						bound: z.literal('upper').optional()
					})
					.refine((r) => r.low <= r.high, { error: 'low must not exceed high', path: ['low'] })
			)
			.min(1),
		annotation: z.strictObject({ value: z.number().nonnegative(), text }).optional(),
		source: text
	}),
	z.strictObject({
		type: z.literal('formulas'),
		title: text,
		items: z.array(z.strictObject({ name: text, proposer: text, gives: text, gets: text })).min(2),
		source: text
	})
] as const;

export const CHART_TYPES = charts.map((c) => c.shape.type.value);
const chartSpec = z.discriminatedUnion('type', charts);

const stepId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be kebab-case: a-z, 0-9 and -' });

const step = z
	.strictObject({
		id: stepId,
		date: partialDate,
		to: partialDate.optional(),
		kicker: text,
		title: text,
		body: z.array(text).min(1, { error: 'a step needs at least one paragraph' }),
		sources: z.array(z.string()).min(1, { error: 'a step needs at least one source' }),
		/**
		 * Text alternatives, added to the descriptions generated from the data: `map` says what the map
		 * frames (who held what is generated from the control model), `chart` anything the data does not.
		 */
		alt: z.strictObject({ map: text, chart: text.optional() }),
		map: mapSpec,
		chart: chartSpec.optional()
	})
	.superRefine((s, ctx) => {
		if (s.to && isPartialDate(s.date) && isPartialDate(s.to) && dayNumber(lastDay(s.to)) < dayNumber(s.date)) {
			ctx.addIssue({ code: 'custom', path: ['to'], message: `ends (${s.to}) before it starts (${s.date})` });
		}
		const control = CONTROL_WORDS.exec(s.alt.map);
		if (control) {
			ctx.addIssue({
				code: 'custom',
				path: ['alt', 'map'],
				message: `says who held what ("${control[0]}"): that part of the description is generated from the control model; say only what the map frames`
			});
		}
		if (s.alt.chart && /\d/.test(s.alt.chart)) {
			ctx.addIssue({ code: 'custom', path: ['alt', 'chart'], message: 'has figures: the chart’s figures are described from its data; say only what the data does not' });
		}
		const span = mapSpan(s);
		s.map.layers.forEach((id, i) => {
			const l = LAYERS[id];
			if ((l.from && span[1] < l.from) || (l.to && span[0] >= l.to)) {
				const when = [l.from && `from ${formatDate(l.from)}`, l.to && `until ${formatDate(lastDayBefore(l.to))}`].filter(Boolean).join(' ');
				ctx.addIssue({
					code: 'custom',
					path: ['map', 'layers', i],
					message: `layer "${id}" shows what existed only ${when} (${l.why}); this step's map shows ${span[0] === span[1] ? formatDate(span[0]) : `${formatDate(span[0])} – ${formatDate(span[1])}`}`
				});
			}
		});
		s.map.arrows.forEach((a, i) => {
			if (!s.sources.includes(a.basis)) {
				ctx.addIssue({ code: 'custom', path: ['map', 'arrows', i, 'basis'], message: `"${a.basis}" is not one of the step's sources: an arrow needs a source that says where the advance went` });
			}
		});
		if (s.map.progress === 'date' && !s.to) {
			ctx.addIssue({ code: 'custom', path: ['map', 'progress'], message: "'date' progress needs the step's `to` date" });
		}
		const c = s.chart;
		if (c && 'from' in c && dayNumber(c.to) <= dayNumber(c.from)) {
			ctx.addIssue({ code: 'custom', path: ['chart', 'to'], message: `must come after chart.from (${c.from})` });
		}
	});

/** Words that say who held what: the map's description generates that part from the control model. */
const CONTROL_WORDS = /\b(held|holds?|holding|control(?:led|s)?|occupied|shaded|coloured)\b/i;

/** The first and last day the step's map shows (the last day of a loose date). */
function mapSpan(s: { date: string; to?: string; map: { date?: string; progress?: string } }): [string, string] {
	if (s.map.date) return [s.map.date, s.map.date];
	const end = isPartialDate(s.to ?? s.date) ? lastDay(s.to ?? s.date) : s.date;
	return s.map.progress === 'date' && isPartialDate(s.date) ? [firstDay(s.date), end] : [end, end];
}

function lastDayBefore(date: string): string {
	return fromDayNumber(dayNumber(date) - 1);
}

const figure = z.strictObject({
	measure: z.enum(MEASURES, { error: (issue) => `unknown measure ${JSON.stringify(issue.input)} (expected one of ${MEASURES.join(', ')})` }),
	from: fullDate,
	to: fullDate,
	as: z.enum(['words', 'digits']).optional()
});

const source = z.strictObject({
	/** S: a note of the source text; C: context the source text does not state (FACTS.md [C]). */
	kind: z.enum(['S', 'C']),
	note: z.array(z.number().int().positive()).optional(),
	label: text,
	url: z.url().optional()
});

const story = z
	.strictObject({
		meta: z.strictObject({ title: text, dek: text, byline: text, convention: text, credits: text }),
		/** "How this map was made": shown at the end of the story, with and without JavaScript. */
		method: z.strictObject({ title: text, body: z.array(text).min(1) }),
		/** Figures computed from the data, used in text as `{id}`. */
		figures: z.record(z.string().regex(/^[a-z0-9-]+$/), figure).default({}),
		steps: z.array(step).min(1),
		sources: z.record(z.string(), source)
	})
	.superRefine((s, ctx) => {
		const seen = new Map<string, number>();
		s.steps.forEach((st, i) => {
			const first = seen.get(st.id);
			if (first !== undefined) {
				ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `duplicate step id (also steps[${first}])` });
			} else seen.set(st.id, i);
			st.sources.forEach((id, j) => {
				if (!(id in s.sources)) {
					ctx.addIssue({ code: 'custom', path: ['steps', i, 'sources', j], message: `unknown source "${id}" (not in sources)` });
				}
			});
		});
		const used = new Set<string>();
		for (const { path, text } of readerText(s)) {
			for (const id of placeholders(text)) {
				used.add(id);
				if (!(id in s.figures)) ctx.addIssue({ code: 'custom', path, message: `unknown figure "{${id}}" (define it under figures)` });
			}
		}
		for (const id of Object.keys(s.figures)) {
			if (!used.has(id)) ctx.addIssue({ code: 'custom', path: ['figures', id], message: 'defined but used nowhere' });
		}
	});

/** Every string a reader reads, with its path; the source registry cites works by their own names. */
function readerText(s: { meta: object; method: object; steps: object[] }): { path: (string | number)[]; text: string }[] {
	const out: { path: (string | number)[]; text: string }[] = [];
	const walk = (v: unknown, path: (string | number)[]) => {
		if (typeof v === 'string') out.push({ path, text: v });
		else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
		else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (!SKIP.has(k)) walk(x, [...path, k]);
	};
	walk(s.meta, ['meta']);
	walk(s.method, ['method']);
	s.steps.forEach((st, i) => walk(st, ['steps', i]));
	return out;
}

/** Fields that are ids, codes, dates or a source's own spelling, not the story's words. */
const SKIP = new Set(['id', 'sources', 'type', 'kind', 'date', 'to', 'from', 'part', 'frame', 'layers', 'highlight', 'districts', 'places', 'district', 'side', 'basis', 'spelled', 'bound', 'progress', 'highlight']);

export type Story = z.infer<typeof story>;
export type Step = Story['steps'][number];
export type MapSpec = Step['map'];
export type ArrowSpec = MapSpec['arrows'][number];
export type ChartSpec = NonNullable<Step['chart']>;
export type ChartType = ChartSpec['type'];
export type ChartEvent = z.infer<typeof chartEvent>;
export type Source = z.infer<typeof source>;

/** Bad content: `message` names the file, the step and the field of every fault. */
export class ContentError extends Error {
	constructor(
		readonly file: string,
		readonly faults: string[]
	) {
		super(`${file}: ${faults.length} content error${faults.length === 1 ? '' : 's'}\n  ${faults.join('\n  ')}`);
		this.name = 'ContentError';
	}
}

/** Where a path points, as faults say it: `step "nkao", field body[1]` or `story, field meta.dek`. */
function locate(raw: unknown, fullPath: readonly PropertyKey[]): { where: string; path: PropertyKey[] } {
	const path = [...fullPath];
	let where = 'story';
	if (path[0] === 'steps' && typeof path[1] === 'number') {
		const rawStep = (raw as { steps?: { id?: unknown }[] })?.steps?.[path[1]];
		const id = typeof rawStep?.id === 'string' ? `"${rawStep.id}"` : `#${path[1] + 1}`;
		where = `step ${id}`;
		path.splice(0, 2);
	}
	return { where, path };
}

const fieldName = (path: readonly PropertyKey[]) =>
	path.length ? path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('') : '(root)';

function describeIssue(raw: unknown, issue: z.core.$ZodIssue): string {
	const { where, path } = locate(raw, issue.path);
	let message = issue.message;
	if (issue.code === 'invalid_type' && issue.input === undefined) {
		message = `missing (expected ${issue.expected})`;
	} else if (issue.code === 'unrecognized_keys') {
		message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
	} else if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator === 'type') {
		const value = path.reduce<unknown>((o, k) => (o as Record<PropertyKey, unknown>)?.[k], pathRoot(raw, issue.path));
		message = `unknown chart type ${JSON.stringify(value)} (expected one of ${CHART_TYPES.join(', ')})`;
	}
	return `${where}, field ${fieldName(path)}: ${message}`;
}

function pathRoot(raw: unknown, fullPath: PropertyKey[]): unknown {
	// the value under `steps[i]` for a step path, else the whole document
	if (fullPath[0] === 'steps' && typeof fullPath[1] === 'number') {
		return (raw as { steps: unknown[] }).steps[fullPath[1]];
	}
	return raw;
}

/** Validates parsed content; throws ContentError naming `file`, step and field. */
export function validateStory(raw: unknown, file: string): Story {
	const result = story.safeParse(raw);
	if (!result.success) throw new ContentError(file, result.error.issues.map((i) => describeIssue(raw, i)));
	const fields: TextField[] = readerText(result.data).map(({ path, text }) => {
		const { where, path: rest } = locate(raw, path);
		const running = (path[0] === 'meta' && path[1] === 'dek') || (path[0] === 'steps' && path[2] === 'body');
		return { where: `${where}, field ${fieldName(rest)}`, text, running };
	});
	const names = Object.entries(ALT_NAMES).map(([name, alts]) => ({ name, alts }));
	const faults = checkNames(fields, names, NAME_FORMS);
	if (faults.length) throw new ContentError(file, faults);
	return result.data;
}

/** Parses and validates the content file's YAML text. */
export function parseStory(yamlText: string, file: string): Story {
	let raw: unknown;
	try {
		raw = parseYaml(yamlText, { prettyErrors: true, uniqueKeys: true });
	} catch (e) {
		throw new ContentError(file, [`not valid YAML: ${(e as Error).message}`]);
	}
	return validateStory(raw, file);
}
