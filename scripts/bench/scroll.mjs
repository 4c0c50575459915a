// The scroll benchmark: opens a page in a fresh browser context (optionally with the CPU throttled
// through the DevTools protocol), scrolls through every `[data-step-id]` step at a reader's pace with
// mouse-wheel steps, pausing when a new step becomes active (`aria-current="step"`), and collects in the
// page: requestAnimationFrame deltas (frame times), long tasks (PerformanceObserver 'longtask',
// buffered) and long animation frames (their script attribution says which code a long task ran).
import { recordResponses } from './bytes.mjs';
import { FRAME_BUDGET_MS, CLOCK_RESOLUTION_MS } from './budgets.mjs';

/** A reader's pace: a wheel notch, the time between notches, the pause on each new step. */
export const PACE = { wheelPx: 100, tickMs: 50, pauseMs: 600 };
export const DESKTOP = { width: 1440, height: 900 };
/** One vsync at 60 Hz: a frame over 1.5 of them dropped at least one. */
const VSYNC_MS = 1000 / 60;
const MAX_SCROLL_MS = 240_000;
/** What a diagnostic trace records: tasks, script calls, style, layout, paint, and the user-timing marks. */
const TRACE_CATEGORIES = [
	'toplevel',
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'blink.user_timing',
	'v8.execute',
	'disabled-by-default-v8.cpu_profiler'
];

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Runs in the page before any of its scripts (addInitScript): the recorders behind window.__bench. */
function instrument() {
	const b = { longtasks: [], loafs: [], frames: [], t0: 0, t1: 0, recording: false, step: undefined };
	window.__bench = b;
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) b.longtasks.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		b.noLongtask = true;
	}
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries())
				b.loafs.push({
					start: e.startTime,
					duration: e.duration,
					blocking: e.blockingDuration,
					render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
					scripts: (e.scripts ?? []).map((s) => ({
						duration: s.duration,
						invoker: s.invoker,
						type: s.invokerType,
						source: s.sourceURL,
						fn: s.sourceFunctionName,
						char: s.sourceCharPosition
					}))
				});
		}).observe({ type: 'long-animation-frame', buffered: true });
	} catch {
		/* older Chromium: no attribution */
	}
	b.start = () => {
		performance.mark('bench:start');
		b.t0 = performance.now();
		b.recording = true;
		let last = 0;
		const tick = (t) => {
			if (!b.recording) return;
			if (last) b.frames.push([t, t - last]);
			last = t;
			requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
		return b.t0;
	};
	/**
	 * Tags each frame [time, delta] with whether it drew a camera move: the story's map marks the frame
	 * times of a move's first and last frames (map:move-start, map:move-end; an interrupted move has a
	 * start and no end, the next move continues it). A delta is the time a frame took, from its own
	 * frame time to the next one's: a camera frame is one whose frame time lies within a move.
	 */
	const tagMoves = (frames) => {
		const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('map:move-'));
		const moves = [];
		let open = null;
		for (const m of marks) {
			if (m.name === 'map:move-start') open ??= m.startTime;
			else if (open != null) {
				moves.push([open, m.startTime]);
				open = null;
			}
		}
		if (open != null) moves.push([open, Infinity]);
		return frames.map(([t, d]) => [t, d, moves.some(([a, z]) => t - d >= a && t - d <= z)]);
	};
	b.stop = () => {
		performance.mark('bench:stop');
		b.recording = false;
		b.t1 = performance.now();
		return { t0: b.t0, t1: b.t1, frames: tagMoves(b.frames), longtasks: b.longtasks, loafs: b.loafs, noLongtask: !!b.noLongtask };
	};
}

/** Nearest-rank percentile of sorted numbers. */
export function percentile(sorted, p) {
	if (!sorted.length) return null;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const round1 = (n) => (n == null ? null : Math.round(n * 10) / 10);

/** Frame-time statistics from rAF deltas (ms). */
export function frameStats(deltas) {
	const sorted = [...deltas].sort((a, b) => a - b);
	const sum = sorted.reduce((s, d) => s + d, 0);
	return {
		count: sorted.length,
		p50: round1(percentile(sorted, 50)),
		p95: round1(percentile(sorted, 95)),
		p99: round1(percentile(sorted, 99)),
		worst: round1(sorted.at(-1) ?? null),
		mean: round1(sorted.length ? sum / sorted.length : null),
		/** frames that missed a vsync (delta over 1.5 frame budgets: a dropped frame) */
		dropped: sorted.filter((d) => d > VSYNC_MS * 1.5).length,
		/** frames over the budget, allowing for the coarsened clock (see budgets.mjs) */
		late: sorted.filter((d) => d > FRAME_BUDGET_MS + CLOCK_RESOLUTION_MS).length
	};
}

/**
 * A long animation frame's script as text: its source (the project file and line through `atOffset`
 * when a source map says, else "file.js:fn@char"), what invoked it and how long it ran.
 */
function scriptLabel(s, origin, atOffset) {
	const mapped = s.source && s.char >= 0 ? atOffset?.(s.source, s.char) : null;
	const src = mapped ?? `${(s.source || '').replace(origin, '') || '(inline)'}${s.fn ? `:${s.fn}` : ''}${s.char >= 0 ? `@${s.char}` : ''}`;
	return `${src} [${s.type}${s.invoker ? ` ${s.invoker}` : ''}] ${round1(s.duration)} ms`;
}

/**
 * Scrolls `url` through every step. Returns frame stats, long tasks during the scroll (each with the
 * step active then and the scripts the browser attributes it to), the steps seen and the requests made.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * With `trace`, the scroll runs under a Chromium trace and the result carries it (`trace`: a Buffer).
 * `atOffset` (sourcemap.mjs) names the source of the scripts long animation frames point at.
 * `keepRaw` returns every frame and long animation frame with the step visits (`raw`), and `prepare`
 * runs on the page before it loads (to add styles or scripts for an experiment); neither is used by
 * `npm run bench` itself.
 * @param {{ cpuRate?: number, viewport?: { width: number, height: number }, trace?: boolean, atOffset?: (url: string, offset: number) => string | null, keepRaw?: boolean, prepare?: (page: import('playwright-core').Page) => Promise<unknown> }} options
 */
export async function scrollThrough(
	browser,
	url,
	{ cpuRate = 1, viewport = DESKTOP, trace = false, atOffset, keepRaw = false, prepare } = {}
) {
	const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
	try {
		const page = await context.newPage();
		const responses = recordResponses(page);
		await page.addInitScript(instrument);
		if (prepare) await prepare(page);
		const cdp = await context.newCDPSession(page);
		if (cpuRate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });

		await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
		await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => {});
		// hydrated and idle: wait for an idle period of the main thread
		await page.evaluate(() => new Promise((ok) => requestIdleCallback(() => ok(undefined), { timeout: 5000 })));
		await sleep(300);

		const stepIds = await page.locator('[data-step-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step-id')));
		// the pointer over the text column (left on desktop), where a reader's wheel would be
		await page.mouse.move(Math.round(viewport.width * 0.15), Math.round(viewport.height * 0.5));

		// the active step, the page's clock, and whether the page's end is reached; a user-timing mark on
		// each change lets a trace say which step a long task belongs to
		const read = () =>
			page.evaluate(() => {
				const id = document.querySelector('[aria-current="step"]')?.getAttribute('data-step-id') ?? null;
				if (id !== window.__bench.step) performance.mark(`bench:step:${(window.__bench.step = id)}`);
				return {
					id,
					at: performance.now(),
					bottom: Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight - 1
				};
			});

		if (trace) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
		const started = Date.now();
		await page.evaluate(() => window.__bench.start());
		let state = await read();
		const visits = [{ id: state.id, at: state.at }];
		let wheels = 0;
		while (Date.now() - started < MAX_SCROLL_MS) {
			await page.mouse.wheel(0, PACE.wheelPx);
			wheels++;
			await sleep(PACE.tickMs);
			state = await read();
			if (state.id !== visits.at(-1).id) {
				visits.push({ id: state.id, at: state.at });
				await sleep(PACE.pauseMs);
			}
			if (state.bottom) break;
		}
		await sleep(Math.max(PACE.pauseMs, 1500)); // the last camera move ends
		const raw = await page.evaluate(() => window.__bench.stop());
		const durationMs = Date.now() - started;
		const traceBuffer = trace ? await browser.stopTracing() : null;

		const origin = new URL(url).origin;
		const stepAt = (t) => visits.filter((v) => v.at <= t).at(-1)?.id ?? visits[0].id;
		const during = (e) => e.start + e.duration >= raw.t0 && e.start <= raw.t1;
		const attribute = (task) => {
			const loaf = raw.loafs.find((l) => task.start < l.start + l.duration && task.start + task.duration > l.start);
			const scripts = loaf ? [...loaf.scripts].sort((a, b) => b.duration - a.duration).slice(0, 3) : [];
			return {
				atMs: round1(task.start - raw.t0),
				step: stepAt(task.start),
				duration: round1(task.duration),
				...(loaf ? { frameMs: round1(loaf.duration), renderMs: round1(loaf.render) } : {}),
				scripts: scripts.map((s) => scriptLabel(s, origin, atOffset))
			};
		};
		const tasks = raw.longtasks.filter(during);
		const before = raw.longtasks.filter((e) => e.start + e.duration < raw.t0);
		const worstFrames = [...raw.frames]
			.sort((a, b) => b[1] - a[1])
			.slice(0, 5)
			.map(([t, d]) => ({ atMs: round1(t - raw.t0), step: stepAt(t), ms: round1(d) }));
		const seen = new Set(visits.map((v) => v.id));

		return {
			url: new URL(url).pathname,
			cpuRate,
			viewport,
			durationMs,
			wheels,
			steps: stepIds.length,
			visited: stepIds.filter((id) => seen.has(id)).length,
			missed: stepIds.filter((id) => !seen.has(id)),
			frames: frameStats(raw.frames.map(([, d]) => d)),
			/** the frames drawn while the map's camera moved (pages with a [data-map] only) */
			moveFrames: frameStats(raw.frames.filter(([, , moving]) => moving).map(([, d]) => d)),
			/** the camera-move frames over the budget: when, in which step, how long after the step began */
			lateMoveFrames: raw.frames
				.filter(([, d, moving]) => moving && d > FRAME_BUDGET_MS + CLOCK_RESOLUTION_MS)
				.map(([t, d]) => {
					const visit = visits.filter((v) => v.at <= t).at(-1) ?? visits[0];
					return { atMs: round1(t - raw.t0), step: visit.id, sinceStepMs: round1(t - visit.at), ms: round1(d) };
				}),
			worstFrames,
			longTasks: {
				supported: !raw.noLongtask,
				count: tasks.length,
				over100: tasks.filter((t) => t.duration > 100).length,
				maxMs: round1(Math.max(0, ...tasks.map((t) => t.duration))),
				totalMs: round1(tasks.reduce((s, t) => s + t.duration, 0)),
				list: tasks.map(attribute)
			},
			beforeScroll: {
				longTasks: before.length,
				maxMs: round1(Math.max(0, ...before.map((t) => t.duration)))
			},
			requests: await responses.collect(),
			// every frame and long animation frame, with the step visits, for a closer look (not reported)
			...(keepRaw ? { raw: { ...raw, visits } } : {}),
			...(traceBuffer ? { trace: traceBuffer } : {})
		};
	} finally {
		await context.close().catch(() => {});
	}
}
