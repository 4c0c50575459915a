// The content file's schema (zod) and its parser. Bad content fails with one message per fault that
// names the file, the step and the field: `story.yaml: step "kalbajar-1993", field map.frame: …`.
import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import { isPartialDate, isFullDate, dayNumber, lastDay } from './dates';
import { DISTRICTS } from '../geo/districts';
import { PLACES } from '../geo/places';
import { FRAME_NAMES, LAYER_IDS } from '../map/vocabulary';

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
	/** Schematic arrows for an offensive the step describes, between places of the facts sheet. */
	arrows: z
		.array(
			z.strictObject({
				from: placeId,
				to: placeId,
				/** Whose advance: 'arm' Armenian forces, 'az' Azerbaijani forces. */
				side: z.enum(['arm', 'az']),
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
		items: z
			.array(
				z
					.strictObject({
						district: districtCode,
						label: text,
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
		/** Text alternatives: what the map and the chart show. */
		alt: z.strictObject({ map: text, chart: text.optional() }),
		map: mapSpec,
		chart: chartSpec.optional()
	})
	.superRefine((s, ctx) => {
		if (s.to && isPartialDate(s.date) && isPartialDate(s.to) && dayNumber(lastDay(s.to)) < dayNumber(s.date)) {
			ctx.addIssue({ code: 'custom', path: ['to'], message: `ends (${s.to}) before it starts (${s.date})` });
		}
		if (s.chart && !s.alt.chart) {
			ctx.addIssue({ code: 'custom', path: ['alt', 'chart'], message: 'a step with a chart needs a text alternative for it' });
		}
		if (s.map.progress === 'date' && !s.to) {
			ctx.addIssue({ code: 'custom', path: ['map', 'progress'], message: "'date' progress needs the step's `to` date" });
		}
		const c = s.chart;
		if (c && 'from' in c && dayNumber(c.to) <= dayNumber(c.from)) {
			ctx.addIssue({ code: 'custom', path: ['chart', 'to'], message: `must come after chart.from (${c.from})` });
		}
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
	});

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

function describeIssue(raw: unknown, issue: z.core.$ZodIssue): string {
	const path = [...issue.path];
	let where = 'story';
	if (path[0] === 'steps' && typeof path[1] === 'number') {
		const rawStep = (raw as { steps?: { id?: unknown }[] })?.steps?.[path[1]];
		const id = typeof rawStep?.id === 'string' ? `"${rawStep.id}"` : `#${path[1] + 1}`;
		where = `step ${id}`;
		path.splice(0, 2);
	}
	let message = issue.message;
	if (issue.code === 'invalid_type' && issue.input === undefined) {
		message = `missing (expected ${issue.expected})`;
	} else if (issue.code === 'unrecognized_keys') {
		message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
	} else if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator === 'type') {
		const value = path.reduce<unknown>((o, k) => (o as Record<PropertyKey, unknown>)?.[k], pathRoot(raw, issue.path));
		message = `unknown chart type ${JSON.stringify(value)} (expected one of ${CHART_TYPES.join(', ')})`;
	}
	const field = path.length ? path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('') : '(root)';
	return `${where}, field ${field}: ${message}`;
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
