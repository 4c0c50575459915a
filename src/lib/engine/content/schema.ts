// A story's content file: its schema (zod, built from the story's own vocabulary and the chart types
// registered for it) and its parser. Bad content fails with one message per fault that names the file,
// the step and the field: `story.yaml: step "kalbajar-1993", field map.frame: …`. Server and build only
// (zod stays out of the browser).
import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import { isPartialDate, isFullDate, dayNumber, lastDay, firstDay, fromDayNumber, formatDate } from './dates';
import { MEASURES, placeholders } from './figures';
import { checkNames, type TextField } from './names';
import { nameForms, type DomainData } from '../domain';
import { createControlModel } from '../control/model';
import { ContentError } from './errors';
import { describeIssue, fieldName, locate, readerText } from './faults';
import type { Story } from './story';

export { ContentError };
export type { Story, Step, MapSpec, ArrowSpec, ChartSpec, Source } from './story';

/** The zod pieces a chart type's schema is made of, checked against the story's vocabulary. */
export interface SchemaKit {
	text: z.ZodString;
	partialDate: z.ZodType<string>;
	fullDate: z.ZodType<string>;
	districtCode: z.ZodType<string>;
	districtList: z.ZodType<string[]>;
	placeId: z.ZodType<string>;
}

/** A chart type's schema: a strict object with a literal `type`, built from the kit. */
export type ChartSchema = (kit: SchemaKit) => z.ZodObject<{ type: z.ZodLiteral<string> } & z.ZodRawShape>;

const text = z.string().trim().min(1, { error: 'must not be empty' });
const partialDate = z.string().refine(isPartialDate, {
	error: (issue) => `invalid date ${JSON.stringify(issue.input)} (expected a real date as YYYY, YYYY-MM or YYYY-MM-DD)`
});
const fullDate = z.string().refine(isFullDate, {
	error: (issue) => `invalid date ${JSON.stringify(issue.input)} (expected a real date as YYYY-MM-DD)`
});
const oneOf = (what: string, known: readonly string[], extra = '') =>
	z.string().refine((s) => known.includes(s), {
		error: (issue) => `unknown ${what} ${JSON.stringify(issue.input)} (${extra || `known: ${known.join(', ')}`})`
	});

/** The first and last day a step's map shows (the last day of a loose date). */
function mapSpan(s: { date: string; to?: string; map: { date?: string; progress?: string } }): [string, string] {
	if (s.map.date) return [s.map.date, s.map.date];
	const end = isPartialDate(s.to ?? s.date) ? lastDay(s.to ?? s.date) : s.date;
	return s.map.progress === 'date' && isPartialDate(s.date) ? [firstDay(s.date), end] : [end, end];
}

const lastDayBefore = (date: string) => fromDayNumber(dayNumber(date) - 1);

/** The story's schema, from its domain and the chart types it may use. */
export function createStorySchema(domain: DomainData, charts: Readonly<Record<string, ChartSchema>>) {
	const codes = domain.units.map((u) => u.code);
	const frames = Object.keys(domain.frames);
	const layers = Object.keys(domain.layers);
	const sides = Object.keys(domain.sides);
	const districtCode = oneOf('district code', codes);
	const kit: SchemaKit = {
		text,
		partialDate,
		fullDate,
		districtCode,
		districtList: z.array(districtCode),
		placeId: oneOf(
			'place',
			domain.places.map((p) => p.id)
		)
	};
	const frame = z.string().refine((s) => frames.includes(s) || codes.includes(s), {
		error: (issue) => `unknown frame ${JSON.stringify(issue.input)} (expected one of ${frames.join(', ')} or a district code)`
	});
	const layer = oneOf('layer', layers, `expected one of ${layers.join(', ')}`);
	const controlWords = new RegExp(`\\b(${domain.words.controlWords.join('|')})\\b`, 'i');

	const mapSpec = z.strictObject({
		/** What to frame: a named frame or a district code. */
		frame,
		/** Optional layers to draw on top of countries, districts and control colours. */
		layers: z.array(layer).default([]),
		/** What to emphasize: districts by code, places by id. */
		highlight: z
			.strictObject({ districts: kit.districtList.default([]), places: z.array(kit.placeId).default([]) })
			.default({ districts: [], places: [] }),
		/** The date whose control the map shows; defaults to the last day of the step's date. */
		date: fullDate.optional(),
		/** 'date': the step's scroll progress moves the map's date from the step's date to its `to`. */
		progress: z.literal('date').optional(),
		/**
		 * Schematic arrows, only where a source says where an advance went: `basis` names that source (one
		 * of the step's), `label` what the arrow stands for (the key shows it).
		 */
		arrows: z
			.array(
				z.strictObject({
					from: kit.placeId,
					to: kit.placeId,
					/** Whose advance: one of the story's sides. */
					side: oneOf('side', sides),
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

	const chartTypes = Object.keys(charts);
	const chartSchemas = chartTypes.map((type) => charts[type](kit));
	const chartSpec = chartSchemas.length
		? z.discriminatedUnion('type', chartSchemas as unknown as [z.ZodObject, ...z.ZodObject[]])
		: z.never();

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
			const control = controlWords.exec(s.alt.map);
			if (control) {
				ctx.addIssue({
					code: 'custom',
					path: ['alt', 'map'],
					message: `says who held what ("${control[0]}"): that part of the description is generated from the control model; say only what the map frames`
				});
			}
			if (s.alt.chart && /\d/.test(s.alt.chart)) {
				ctx.addIssue({
					code: 'custom',
					path: ['alt', 'chart'],
					message: 'has figures: the chart’s figures are described from its data; say only what the data does not'
				});
			}
			const span = mapSpan(s);
			s.map.layers.forEach((id, i) => {
				const l = domain.layers[id];
				if (!l) return; // an unknown layer: reported by its own check
				if ((l.from && span[1] < l.from) || (l.to && span[0] >= l.to)) {
					const when = [l.from && `from ${formatDate(l.from)}`, l.to && `until ${formatDate(lastDayBefore(l.to))}`]
						.filter(Boolean)
						.join(' ');
					const shown = span[0] === span[1] ? formatDate(span[0]) : `${formatDate(span[0])} – ${formatDate(span[1])}`;
					ctx.addIssue({
						code: 'custom',
						path: ['map', 'layers', i],
						message: `layer "${id}" shows what existed only ${when} (${l.why}); this step's map shows ${shown}`
					});
				}
			});
			s.map.arrows.forEach((a, i) => {
				if (!s.sources.includes(a.basis)) {
					ctx.addIssue({
						code: 'custom',
						path: ['map', 'arrows', i, 'basis'],
						message: `"${a.basis}" is not one of the step's sources: an arrow needs a source that says where the advance went`
					});
				}
			});
			if (s.map.progress === 'date' && !s.to) {
				ctx.addIssue({ code: 'custom', path: ['map', 'progress'], message: "'date' progress needs the step's `to` date" });
			}
			const c = s.chart as { from?: string; to?: string } | undefined;
			if (c?.from && c.to && dayNumber(c.to) <= dayNumber(c.from)) {
				ctx.addIssue({ code: 'custom', path: ['chart', 'to'], message: `must come after chart.from (${c.from})` });
			}
		});

	const figure = z.strictObject({
		measure: z.enum(MEASURES, {
			error: (issue) => `unknown measure ${JSON.stringify(issue.input)} (expected one of ${MEASURES.join(', ')})`
		}),
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

	const model = createControlModel(domain.control);

	return z
		.strictObject({
			meta: z.strictObject({
				title: text,
				dek: text,
				byline: text,
				convention: text,
				credits: text,
				/** The step the embed help page shows in its examples (default: the first). */
				example: z.string().optional()
			}),
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
					if (!(id in s.sources))
						ctx.addIssue({ code: 'custom', path: ['steps', i, 'sources', j], message: `unknown source "${id}" (not in sources)` });
				});
			});
			if (s.meta.example && !seen.has(s.meta.example))
				ctx.addIssue({ code: 'custom', path: ['meta', 'example'], message: `no step "${s.meta.example}"` });
			// every step shows a map of its own: two steps may not draw the same state
			const states = new Map<string, string>();
			s.steps.forEach((st, i) => {
				if (!isPartialDate(st.date) || (st.to && !isPartialDate(st.to))) return;
				const span = mapSpan(st);
				let control: string;
				try {
					control = JSON.stringify(model.controlAt(span[0])) + JSON.stringify(model.controlAt(span[1]));
				} catch {
					return; // a date outside the model: reported by the map's own check
				}
				const key = [
					st.map.frame,
					[...st.map.layers].sort().join(' '),
					[...st.map.highlight.districts, ...st.map.highlight.places].sort().join(' '),
					control
				].join('|');
				const other = states.get(key);
				if (other !== undefined) {
					ctx.addIssue({
						code: 'custom',
						path: ['steps', i, 'map'],
						message: `shows the same map as step "${other}" (frame, layers, highlights and control): give it a state of its own`
					});
				} else states.set(key, st.id);
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
}

/** Validates parsed content against the story's schema; throws ContentError naming `file`, step and field. */
export function validateStory(raw: unknown, file: string, domain: DomainData, charts: Readonly<Record<string, ChartSchema>>): Story {
	const result = createStorySchema(domain, charts).safeParse(raw);
	if (!result.success)
		throw new ContentError(
			file,
			result.error.issues.map((i) => describeIssue(raw, i, Object.keys(charts)))
		);
	const story = result.data as unknown as Story;
	const fields: TextField[] = readerText(story).map(({ path, text }) => {
		const { where, path: rest } = locate(raw, path);
		const running = (path[0] === 'meta' && path[1] === 'dek') || (path[0] === 'steps' && path[2] === 'body');
		return { where: `${where}, field ${fieldName(rest)}`, text, running };
	});
	const names = Object.entries(domain.names.alts).map(([name, alts]) => ({ name, alts }));
	const faults = checkNames(fields, names, nameForms(domain));
	if (faults.length) throw new ContentError(file, faults);
	return story;
}

/** Parses and validates a content file's YAML text. */
export function parseStory(yamlText: string, file: string, domain: DomainData, charts: Readonly<Record<string, ChartSchema>>): Story {
	let raw: unknown;
	try {
		raw = parseYaml(yamlText, { prettyErrors: true, uniqueKeys: true });
	} catch (e) {
		throw new ContentError(file, [`not valid YAML: ${(e as Error).message}`]);
	}
	return validateStory(raw, file, domain, charts);
}
