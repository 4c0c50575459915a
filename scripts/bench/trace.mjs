// Reads a Chromium trace of a scroll run (scroll.mjs with `trace`) to say where the time goes: for each
// long task on the page's main thread, its self time by kind of work (script by file and function,
// style recalculation with the elements touched, layout, paint, commit, GC), the step active then, and
// over the whole scroll, how busy each kind of thread was (main, compositor, raster, display compositor).
// With the V8 sampling profiler in the trace, it also names the functions that ran (self time), mapped
// to the project's source by `resolve` (sourcemap.mjs). Used by the bench only to explain a miss.

const WRAPPERS = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask', 'TaskGraphRunner::RunTask']);
const round1 = (n) => Math.round(n * 10) / 10;

/**
 * The label a piece of main-thread work is summed under. A script entry (FunctionCall: 1-based line
 * and column) is named by its source when `resolve` knows it.
 */
function label(e, resolve) {
	const a = e.args?.data ?? {};
	switch (e.name) {
		case 'FunctionCall':
		case 'EvaluateScript': {
			const mapped = a.url && a.lineNumber > 0 ? resolve?.(a.url, a.lineNumber - 1, Math.max(0, (a.columnNumber ?? 1) - 1)) : null;
			if (mapped) return `script entry ${mapped}`;
			if (!a.url) return "the bench's own instrumentation";
			const file = a.url.replace(/^https?:\/\/[^/]+/, '');
			return `script entry ${file}${a.functionName ? `:${a.functionName}` : ''}`;
		}
		case 'UpdateLayoutTree':
		case 'RecalculateStyles':
			return 'style recalculation';
		case 'Layout':
			return 'layout';
		case 'Paint':
		case 'PaintImage':
			return 'paint';
		case 'PrePaint':
			return 'pre-paint';
		case 'Layerize':
		case 'UpdateLayer':
			return 'layerize';
		case 'Commit':
			return 'commit to compositor';
		case 'HitTest':
			return 'hit test';
		case 'IntersectionObserverController::computeIntersections':
			return 'intersection observers';
		case 'ParseHTML':
			return 'parse HTML';
		default:
			if (/GC|V8\.GC_/.test(e.name)) return 'garbage collection';
			if (WRAPPERS.has(e.name)) return 'other (task overhead, scheduling)';
			return e.name;
	}
}

/** Nests complete events of one thread (sorted) and sums each one's children, for self times. */
function nest(events) {
	events.sort((x, y) => x.ts - y.ts || y.dur - x.dur);
	const stack = [];
	for (const e of events) {
		e.child = 0;
		while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
		const parent = stack.at(-1);
		e.top = parent ? parent.top : e;
		if (parent) parent.child += Math.min(e.dur, parent.ts + parent.dur - e.ts);
		stack.push(e);
	}
	return events;
}

function busy(events) {
	let end = -Infinity;
	let total = 0;
	for (const e of events) {
		const to = e.ts + e.dur;
		if (e.ts >= end) total += e.dur;
		else if (to > end) total += to - end;
		end = Math.max(end, to);
	}
	return total;
}

const MAX_SAMPLE_US = 4000;
const MAX_LONG_TASKS = Number(process.env.MAX_LONG_TASKS ?? 8);

/**
 * The V8 CPU samples of one process's main thread: [{ ts, us, label }], sorted, each with the time until
 * the next sample (capped) and the function it was in: a project function by source, or a native call
 * with the project function that called it.
 */
function cpuSamples(all, pid, resolve) {
	const profile = all.find((e) => e.name === 'Profile' && e.pid === pid);
	if (!profile) return [];
	const nodes = new Map();
	const samples = [];
	let t = profile.args?.data?.startTime ?? profile.ts;
	for (const e of all) {
		if (e.name !== 'ProfileChunk' || e.pid !== pid || e.id !== profile.id) continue;
		const data = e.args?.data ?? {};
		for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
		const ids = data.cpuProfile?.samples ?? [];
		const deltas = data.timeDeltas ?? [];
		ids.forEach((id, i) => {
			t += deltas[i] ?? 0;
			samples.push({ ts: t, id });
		});
	}
	samples.sort((x, y) => x.ts - y.ts);
	const labels = new Map();
	const where = (frame) => {
		const resolved = resolve?.(frame.url, frame.lineNumber ?? 0, frame.columnNumber ?? 0);
		if (resolved) return resolved;
		const path = frame.url.replace(/^https?:\/\/[^/]+/, '');
		return `${path}:${frame.functionName || '(anonymous)'}@${frame.lineNumber}:${frame.columnNumber}`;
	};
	const labelOf = (id) => {
		if (labels.has(id)) return labels.get(id);
		const n = nodes.get(id);
		const f = n?.callFrame ?? {};
		let l;
		if (!n || ['(root)', '(program)', '(idle)'].includes(f.functionName)) l = null;
		else if (f.functionName === '(garbage collector)') l = 'garbage collection';
		else if (f.url) l = where(f);
		else {
			// a native call, named with the page's function that made it; natives called from no page
			// script are the bench's own instrumentation (injected without a URL) and are left out
			let up = nodes.get(n.parent);
			while (up && !up.callFrame.url) up = nodes.get(up.parent);
			l = up ? `native ${f.functionName || '(anonymous)'} ← ${where(up.callFrame)}` : null;
		}
		labels.set(id, l);
		return l;
	};
	return samples
		.map((s, i) => ({ ts: s.ts, us: Math.min(MAX_SAMPLE_US, (samples[i + 1]?.ts ?? s.ts) - s.ts), label: labelOf(s.id) }))
		.filter((s) => s.label);
}

/** The functions with the most self time among samples, as "label 12.3 ms". */
function topFunctions(samples, n) {
	const sums = new Map();
	for (const s of samples) sums.set(s.label, (sums.get(s.label) ?? 0) + s.us);
	return [...sums.entries()]
		.sort((x, y) => y[1] - x[1])
		.slice(0, n)
		.filter(([, us]) => us >= 500)
		.map(([l, us]) => `${l} ${round1(us / 1000)} ms`);
}

/**
 * @param {Buffer | string} trace Chromium trace JSON (Playwright `browser.stopTracing()`)
 * @param {{ longTaskMs?: number, resolve?: (url: string, line: number, column: number) => string | null }} options
 */
export function analyseTrace(trace, { longTaskMs = 50, resolve } = {}) {
	const parsed = JSON.parse(String(trace));
	const all = Array.isArray(parsed) ? parsed : parsed.traceEvents;
	const start = all.find((e) => e.name === 'bench:start');
	const stop = all.find((e) => e.name === 'bench:stop');
	if (!start || !stop) return null;
	const names = new Map(all.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
	const marks = all
		.filter((e) => e.pid === start.pid && String(e.name).startsWith('bench:step:'))
		.map((e) => ({ ts: e.ts, id: e.name.slice('bench:step:'.length) }))
		.sort((x, y) => x.ts - y.ts);
	const stepAt = (ts) => marks.filter((m) => m.ts <= ts).at(-1)?.id ?? marks[0]?.id ?? null;

	const byThread = new Map();
	for (const e of all) {
		if (e.ph !== 'X' || e.dur == null || e.ts < start.ts || e.ts > stop.ts) continue;
		const key = `${e.pid}:${e.tid}`;
		if (!byThread.has(key)) byThread.set(key, []);
		byThread.get(key).push(e);
	}
	const mainKey = `${start.pid}:${start.tid}`;
	const main = nest(byThread.get(mainKey) ?? []);

	const selfBy = (events) => {
		const sums = new Map();
		for (const e of events) {
			const l = label(e, resolve);
			const s = sums.get(l) ?? { ms: 0, elements: 0, count: 0 };
			s.ms += Math.max(0, e.dur - e.child) / 1000;
			s.count += 1;
			if (e.name === 'UpdateLayoutTree') s.elements += e.args?.elementCount ?? e.args?.data?.elementCount ?? 0;
			sums.set(l, s);
		}
		return [...sums.entries()]
			.sort((x, y) => y[1].ms - x[1].ms)
			.map(([l, s]) => `${l} ${round1(s.ms)} ms${s.elements ? ` (${s.elements} elements restyled)` : ''}`);
	};

	const samples = cpuSamples(all, start.pid, resolve).filter((x) => x.ts >= start.ts && x.ts <= stop.ts);
	const tops = main.filter((e) => e.top === e);
	const long = tops.filter((t) => t.dur >= longTaskMs * 1000);
	// the longest few, in time order
	const longTasks = [...long]
		.sort((x, y) => y.dur - x.dur)
		.slice(0, MAX_LONG_TASKS)
		.sort((x, y) => x.ts - y.ts)
		.map((t) => ({
			atMs: round1((t.ts - start.ts) / 1000),
			step: stepAt(t.ts),
			ms: round1(t.dur / 1000),
			work: selfBy(main.filter((e) => e.top === t)).slice(0, 6),
			functions: topFunctions(
				samples.filter((x) => x.ts >= t.ts && x.ts < t.ts + t.dur),
				4
			)
		}));

	const threads = {};
	for (const [key, events] of byThread) {
		const name = (names.get(key) ?? 'other').replace(/\d+$/, '');
		const kind =
			key === mainKey ? 'page main thread' : /TileWorker|ThreadPoolForegroundWorker/.test(name) ? 'raster and other workers' : name;
		threads[kind] = (threads[kind] ?? 0) + busy(events.sort((x, y) => x.ts - y.ts)) / 1000;
	}
	const wallMs = (stop.ts - start.ts) / 1000;
	const raster = [...byThread.values()].flat().filter((e) => e.name === 'RasterTask');
	return {
		wallMs: round1(wallMs),
		mainThread: selfBy(main).slice(0, 8),
		functions: topFunctions(samples, 10),
		threads: Object.fromEntries(
			Object.entries(threads)
				.filter(([, ms]) => ms >= wallMs * 0.02)
				.sort((x, y) => y[1] - x[1])
				.map(([k, ms]) => [k, round1(ms)])
		),
		rasterMs: round1(raster.reduce((s, e) => s + e.dur, 0) / 1000),
		longTaskCount: long.length,
		longTasks
	};
}
