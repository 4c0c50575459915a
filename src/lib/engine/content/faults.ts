// Where content faults are, as readers of the build's output see them: every string a reader reads
// with its path, and a fault's place as `step "nkao", field body[1]` (or `story, field meta.dek`). Pure.
import type { z } from 'zod';

/** Every string a reader reads, with its path; the source registry cites works by their own names. */
export function readerText(s: { meta: object; method: object; steps: object[] }): { path: (string | number)[]; text: string }[] {
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
const SKIP = new Set([
	'id',
	'sources',
	'type',
	'kind',
	'date',
	'to',
	'from',
	'part',
	'frame',
	'layers',
	'highlight',
	'districts',
	'places',
	'district',
	'side',
	'basis',
	'spelled',
	'bound',
	'progress',
	'example'
]);

/** Where a path points, as faults say it: `step "nkao", field body[1]` or `story, field meta.dek`. */
export function locate(raw: unknown, fullPath: readonly PropertyKey[]): { where: string; path: PropertyKey[] } {
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

export const fieldName = (path: readonly PropertyKey[]) =>
	path.length ? path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('') : '(root)';

export function describeIssue(raw: unknown, issue: z.core.$ZodIssue, chartTypes: readonly string[]): string {
	const { where, path } = locate(raw, issue.path);
	let message = issue.message;
	if (issue.code === 'invalid_type' && issue.input === undefined) {
		message = `missing (expected ${issue.expected})`;
	} else if (issue.code === 'unrecognized_keys') {
		message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
	} else if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator === 'type') {
		const root = issue.path[0] === 'steps' && typeof issue.path[1] === 'number' ? (raw as { steps: unknown[] }).steps[issue.path[1]] : raw;
		const value = path.reduce<unknown>((o, k) => (o as Record<PropertyKey, unknown>)?.[k], root);
		message = `unknown chart type ${JSON.stringify(value)} (expected one of ${chartTypes.join(', ')})`;
	}
	return `${where}, field ${fieldName(path)}: ${message}`;
}
