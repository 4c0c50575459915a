// The performance budgets `npm run bench` enforces (issue 8), and how a figure is checked against them.
// Only the bench checks these, never the unit tests: the figures depend on the machine.

export const FRAME_BUDGET_MS = 16.7;
/**
 * rAF timestamps are coarsened to 0.1 ms in pages that are not cross-origin isolated, so the delta of
 * a frame on time at 60 Hz (16.67 ms) reads anywhere from 16.5 to 16.9 ms: the frame budget allows that.
 */
export const CLOCK_RESOLUTION_MS = 0.2;

/** Each budget: a name, the limit as text, and how to read the figure and judge it from the results. */
export const BUDGETS = [
	{
		id: 'firstViewGzip',
		label: 'First-view transfer (gzip), largest story',
		limit: '< 150 KB',
		value: (r) => Math.max(r.firstView.total.gzip, ...(r.otherStories ?? []).map((s) => s.total.gzip)),
		pass: (v) => v < 150_000,
		unit: 'bytes'
	},
	{
		id: 'firstViewJsGzip',
		label: 'First-view JS (gzip), largest story',
		limit: '< 60 KB',
		value: (r) => Math.max(r.firstView.byKind.js.gzip, ...(r.otherStories ?? []).map((s) => s.byKind.js.gzip)),
		pass: (v) => v < 60_000,
		unit: 'bytes'
	},
	{
		// every run, not only the median: a reader's phone is one run
		id: 'lighthousePerformance',
		label: 'Lighthouse mobile performance, worst of the runs',
		limit: '≥ 0.95',
		value: (r) => (r.lighthouse ? Math.min(...r.lighthouse.allRuns) : undefined),
		pass: (v) => v >= 0.95
	},
	{
		id: 'lighthouseTbt',
		label: 'Lighthouse total blocking time, worst of the runs',
		limit: '≤ 150 ms',
		value: (r) => (r.lighthouse ? Math.max(...r.lighthouse.allTbtMs) : undefined),
		pass: (v) => v <= 150,
		unit: 'ms'
	},
	{
		id: 'lighthouseAccessibility',
		label: 'Lighthouse accessibility',
		limit: '= 1.00',
		value: (r) => r.lighthouse?.accessibility,
		pass: (v) => v === 1
	},
	{ id: 'cls', label: 'CLS (Lighthouse, mobile)', limit: '< 0.01', value: (r) => r.lighthouse?.cls, pass: (v) => v < 0.01 },
	{
		id: 'longTasksUnthrottled',
		label: 'Long tasks while scrolling, no throttling',
		limit: '= 0',
		value: (r) => r.scroll.unthrottled.longTasks.count,
		pass: (v) => v === 0
	},
	{
		id: 'longTasksOver100Cpu4x',
		label: 'Long tasks > 100 ms while scrolling, 4× CPU',
		limit: '= 0',
		value: (r) => r.scroll.cpu4x.longTasks.over100,
		pass: (v) => v === 0
	},
	{
		id: 'frameP95Unthrottled',
		label: 'Frame time p95 while scrolling, no throttling',
		limit: `≤ ${FRAME_BUDGET_MS} ms (±${CLOCK_RESOLUTION_MS} clock)`,
		value: (r) => r.scroll.unthrottled.frames.p95,
		pass: (v) => v <= FRAME_BUDGET_MS + CLOCK_RESOLUTION_MS,
		unit: 'ms'
	},
	{
		// the story's camera moves: their frames from the first to the last (the step change before and the
		// arrival after count in the p95 above). Zero late frames is the aim and the usual result here; on
		// this GPU-less 2-core machine a run can lose one or two of ~350 at random moments, so the budget is
		// the 99th percentile, and the report lists every late one
		id: 'cameraMoveFramesUnthrottled',
		label: 'Camera-move frames on time, no throttling',
		limit: `≥ 99% (p99 ≤ ${FRAME_BUDGET_MS} ms ±${CLOCK_RESOLUTION_MS})`,
		value: (r) => {
			const m = r.scroll.unthrottled.moveFrames;
			return m.count ? Math.floor(((m.count - m.late) / m.count) * 1000) / 10 : null;
		},
		pass: (v, r) => r.scroll.unthrottled.moveFrames.p99 <= FRAME_BUDGET_MS + CLOCK_RESOLUTION_MS && v >= 99,
		unit: '%'
	},
	{
		// a mid-range phone: the CPU throttled 4×; the moves are drawn as a composited layer (flight.ts)
		id: 'cameraMoveFramesCpu4x',
		label: 'Camera-move frames on time, 4× CPU',
		limit: '≥ 90%',
		value: (r) => {
			const m = r.scroll.cpu4x.moveFrames;
			return m.count ? Math.floor(((m.count - m.late) / m.count) * 1000) / 10 : null;
		},
		pass: (v) => v >= 90,
		unit: '%'
	},
	{
		id: 'everyStepReached',
		label: 'Scroll reached all steps (both runs)',
		limit: 'all',
		value: (r) => Math.min(r.scroll.unthrottled.visited, r.scroll.cpu4x.visited),
		pass: (v, r) => v === r.scroll.unthrottled.steps && v > 0
	}
];

/** Judges every budget: { [id]: { label, limit, value, pass } }. A missing figure fails its budget. */
export function judge(results) {
	return Object.fromEntries(
		BUDGETS.map((b) => {
			let value;
			try {
				value = b.value(results) ?? null;
			} catch {
				value = null;
			}
			return [b.id, { label: b.label, limit: b.limit, value, pass: value != null && Boolean(b.pass(value, results)) }];
		})
	);
}
