// The bench's readable report: tables of the figures, the budgets, and for each miss what causes it
// (which request, which long task and the scripts it ran, what Lighthouse says). Text only; the JSON
// line is printed by run.mjs after it.
import { KINDS } from './bytes.mjs';

const KB = (bytes) => (bytes == null ? 'n/a' : (bytes / 1000).toFixed(1));
const ms = (n) => (n == null ? 'n/a' : n.toFixed(1));
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

/** Rows of cells as aligned text; the first column left-aligned, the others right-aligned. */
export function table(rows) {
	const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
	return rows.map((r) => '  ' + r.map((c, i) => (i === 0 ? pad(c, widths[i]) : lpad(c, widths[i]))).join('  ')).join('\n');
}

function bytesTable(summary) {
	const rows = [['kind', 'requests', 'raw KB', 'gzip KB']];
	for (const k of KINDS) {
		const s = summary.byKind[k];
		if (s.requests) rows.push([k === 'geo' ? 'geo/svg/json' : k, s.requests, KB(s.raw), KB(s.gzip)]);
	}
	rows.push(['total', summary.total.requests, KB(summary.total.raw), KB(summary.total.gzip)]);
	return table(rows);
}

function scrollRow(name, s) {
	if (!s) return [name, 'n/a', '', '', '', '', '', '', '', '', '', '', ''];
	const f = s.frames;
	return [
		name,
		`${s.cpuRate}×`,
		`${s.visited}/${s.steps}`,
		(s.durationMs / 1000).toFixed(1),
		f.count,
		ms(f.p50),
		ms(f.p95),
		ms(f.worst),
		ms(f.mean),
		f.dropped,
		s.longTasks.count,
		s.longTasks.over100,
		ms(s.longTasks.maxMs)
	];
}

/** The whole report as text. */
export function formatReport(r) {
	const out = [];
	const m = r.machine;
	out.push(`npm run bench — ${r.date}`);
	out.push(
		`machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, Chromium ${m.chromium}, ${m.os}; load ${m.load.join(' → ')}`
	);
	if (Math.max(...m.load) > m.cpus * 0.5)
		out.push('warning: the machine was busy with other work during the run; the timings are pessimistic');
	out.push('(KB = 1000 bytes; gzip = each response body compressed here with zlib level 9)');
	out.push('');
	out.push(`First view of / (desktop ${r.firstView.viewport.width}×${r.firstView.viewport.height}, fresh cache, no scrolling)`);
	out.push(bytesTable(r.firstView));
	if (r.firstView.mapArt)
		out.push(`  of the HTML, the static map art: ${KB(r.firstView.mapArt.raw)} KB raw, ${KB(r.firstView.mapArt.gzip)} KB gzip`);
	if (r.firstView.lcp)
		out.push(`  in the page (desktop, no throttling): LCP ${r.firstView.lcp.ms} ms on ${r.firstView.lcp.element}; CLS ${r.firstView.cls}`);
	for (const o of r.otherStories ?? [])
		out.push(
			`First view of ${o.url}: ${KB(o.total.gzip)} KB gzip in all, JS ${KB(o.byKind.js.gzip)} KB gzip${o.lcp ? `; LCP ${o.lcp.ms} ms` : ''}; CLS ${o.cls}`
		);
	out.push('');
	if (r.story) {
		out.push('Whole story (every request after scrolling to the end)');
		out.push(bytesTable(r.story));
		out.push('');
	}
	const lh = r.lighthouse;
	if (lh) {
		out.push(
			`Lighthouse ${lh.version}, ${lh.formFactor} profile, ${lh.throttling} throttling (median of ${lh.runs} run${lh.runs > 1 ? 's' : ''}; benchmarkIndex ${lh.benchmarkIndex})`
		);
		out.push(
			table([
				['performance', 'accessibility', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'Speed Index ms'],
				[lh.performance.toFixed(2), lh.accessibility.toFixed(2), lh.fcpMs, lh.lcpMs, lh.tbtMs, lh.cls.toFixed(4), lh.speedIndexMs]
			])
		);
		if (lh.allRuns?.length > 1) {
			out.push(`  every run's performance score: ${lh.allRuns.map((s) => s.toFixed(2)).join(', ')}`);
			if (lh.allTbtMs) out.push(`  every run's total blocking time, ms: ${lh.allTbtMs.join(', ')}`);
			const w = lh.worst;
			if (w)
				out.push(
					`  the worst run: performance ${w.performance.toFixed(2)}, FCP ${w.fcpMs} ms, LCP ${w.lcpMs} ms, TBT ${w.tbtMs} ms, CLS ${w.cls.toFixed(4)}, Speed Index ${w.speedIndexMs} ms (bench-results/lighthouse-worst.json)`
				);
		}
		if (lh.why.erroredAudits.length)
			out.push(`  audits this Lighthouse could not run on this Chromium: ${lh.why.erroredAudits.join(', ')}`);
	} else {
		out.push(`Lighthouse: failed (${r.errors?.lighthouse ?? 'no result'})`);
	}
	out.push('');
	out.push(
		`Scroll through every step (desktop ${r.scroll.unthrottled?.viewport.width}×${r.scroll.unthrottled?.viewport.height}; wheel ${r.pace.wheelPx} px every ${r.pace.tickMs} ms, ${r.pace.pauseMs} ms pause on each new step; frame times = rAF deltas, ms)`
	);
	out.push(
		table([
			['page', 'CPU', 'steps', 'time s', 'frames', 'p50', 'p95', 'worst', 'mean', 'dropped', 'long tasks', '>100 ms', 'max ms'],
			scrollRow('the story /', r.scroll.unthrottled),
			scrollRow('the story /', r.scroll.cpu4x),
			scrollRow('/bench/viewbox/ (viewBox camera)', r.viewbox.unthrottled),
			scrollRow('/bench/viewbox/ (viewBox camera)', r.viewbox.cpu4x),
			scrollRow('/bench/reproject/ (re-project)', r.reproject.unthrottled),
			scrollRow('/bench/reproject/ (re-project)', r.reproject.cpu4x)
		])
	);
	out.push('  dropped = frames longer than 1.5 × 16.7 ms; long tasks = over 50 ms, during the scroll only');
	for (const run of [r.scroll.unthrottled, r.scroll.cpu4x]) {
		const m = run?.moveFrames;
		if (m?.count)
			out.push(
				`  the story's camera moves, ${run.cpuRate}× CPU: ${m.count} frames, p50 ${m.p50}, p95 ${m.p95}, p99 ${m.p99}, worst ${m.worst} ms, ${m.late} over budget, ${m.dropped} dropped`
			);
		if (run?.cpuRate === 1)
			for (const f of run.lateMoveFrames ?? [])
				out.push(
					`    late: ${ms(f.ms)} ms at ${(f.atMs / 1000).toFixed(2)} s, step "${f.step}", ${Math.round(f.sinceStepMs)} ms after it began`
				);
	}
	const ratioLine = (name, q) =>
		q &&
		out.push(
			`  ${name}: mean ${q.mean}×, p95 ${q.p95}×, worst ${q.worst}×; dropped frames ${q.dropped[0]} vs ${q.dropped[1]}, long-task time ${q.longTaskMs[0]} vs ${q.longTaskMs[1]} ms`
		);
	ratioLine('re-project / viewBox camera, no throttling', r.ratios.unthrottled);
	ratioLine('re-project / viewBox camera, 4× CPU', r.ratios.cpu4x);
	ratioLine('re-project / the whole story, no throttling', r.ratios.storyUnthrottled);
	ratioLine('re-project / the whole story, 4× CPU', r.ratios.storyCpu4x);
	out.push('');
	out.push('What the alternatives weigh (npm packages, the file a page would load, gzip -9)');
	const refRows = [['package', 'file', 'raw KB', 'gzip KB']];
	for (const [name, ref] of Object.entries(r.references)) {
		refRows.push([
			ref.version ? `${name} ${ref.version}` : `${name} (${ref.spec})`,
			ref.file,
			ref.error ? 'n/a' : KB(ref.raw),
			ref.error ? 'n/a' : KB(ref.gzip)
		]);
	}
	refRows.push(['this story, first view', 'all JS', KB(r.firstView.byKind.js.raw), KB(r.firstView.byKind.js.gzip)]);
	refRows.push(['this story, first view', 'everything', KB(r.firstView.total.raw), KB(r.firstView.total.gzip)]);
	out.push(table(refRows));
	for (const [name, ref] of Object.entries(r.references)) if (ref.error) out.push(`  ${name}: n/a (${ref.error})`);
	out.push('');
	out.push('Budgets');
	for (const b of Object.values(r.budgets)) {
		const v = typeof b.value === 'number' && b.label.includes('gzip') ? `${KB(b.value)} KB` : b.value;
		out.push(`  ${b.pass ? 'PASS' : 'MISS'}  ${pad(b.label, 46)} ${pad(b.limit, 26)} ${v ?? 'n/a'}`);
	}
	const misses = explainMisses(r);
	if (misses.length) {
		out.push('');
		out.push('Why the misses miss');
		out.push(...misses.map((l) => `  ${l}`));
	}
	out.push('');
	out.push(r.pass ? 'All budgets pass.' : `Over budget: ${Object.values(r.budgets).filter((b) => !b.pass).length} miss(es).`);
	return out.join('\n');
}

/** For each missed budget, lines saying what causes it. */
export function explainMisses(r) {
	const b = r.budgets;
	const lines = [];
	const biggest = (reqs, kind) =>
		[...reqs]
			.filter((q) => !kind || q.kind === kind)
			.sort((x, y) => y.gzip - x.gzip)
			.slice(0, 6)
			.map((q) => `    ${lpad(KB(q.gzip), 7)} KB gzip  ${lpad(KB(q.raw), 7)} KB raw  ${q.kind.padEnd(5)} ${q.path}`);
	if (!b.firstViewGzip.pass) lines.push('First-view transfer: the largest requests', ...biggest(r.firstView.requests));
	if (!b.firstViewJsGzip.pass) lines.push('First-view JS: the scripts loaded', ...biggest(r.firstView.requests, 'js'));
	const why = r.lighthouse?.why;
	if (!r.lighthouse) lines.push(`Lighthouse did not run: ${r.errors?.lighthouse}`);
	// a performance miss is explained by the worst run, the one that missed
	const worst = r.lighthouse?.worst ?? r.lighthouse;
	const worstWhy = r.lighthouse?.worstWhy ?? why;
	if (worstWhy && (!b.lighthousePerformance.pass || !b.lighthouseTbt?.pass)) {
		const why = worstWhy;
		lines.push(
			`Lighthouse, the worst run: performance ${worst.performance}: FCP ${worst.fcpMs} ms, LCP ${worst.lcpMs} ms, TBT ${worst.tbtMs} ms, CLS ${worst.cls}, SI ${worst.speedIndexMs} ms`
		);
		if (why.lcpElement) lines.push(`    LCP element: ${why.lcpElement}${why.lcpPhases.length ? ` (${why.lcpPhases.join(', ')})` : ''}`);
		for (const a of why.performanceAudits)
			lines.push(`    ${a.title}${a.value ? `: ${a.value}` : ''}${a.nodes.length ? ` — ${a.nodes.join(' | ')}` : ''}`);
		if (why.mainThread.length) lines.push(`    main thread: ${why.mainThread.join(', ')}`);
		for (const t of why.longTasks) lines.push(`    long task ${t.durationMs} ms at ${t.startMs} ms: ${t.url}`);
		for (const w of why.warnings) lines.push(`    warning: ${w}`);
	}
	if (why && !b.lighthouseAccessibility.pass) {
		lines.push(`Lighthouse accessibility ${r.lighthouse.accessibility}: failing audits`);
		for (const a of why.accessibilityAudits) lines.push(`    ${a.id}: ${a.title}${a.nodes.length ? ` — ${a.nodes.join(' | ')}` : ''}`);
	}
	if (why && !b.cls.pass) {
		lines.push(`CLS ${r.lighthouse.cls}: the shifts Lighthouse lists, then those the page saw on the desktop first view`);
		for (const s of why.layoutShifts) lines.push(`    ${s.score}  ${s.node}`);
		for (const s of r.firstView.shifts ?? []) lines.push(`    ${s.value.toFixed(4)} at ${s.ms} ms: ${s.sources.join(' | ')}`);
	}
	const taskLines = (s) =>
		s.longTasks.list.map(
			(t) =>
				`    ${lpad(ms(t.duration), 6)} ms at ${lpad((t.atMs / 1000).toFixed(2), 6)} s, step "${t.step}"${t.frameMs ? ` (frame ${t.frameMs} ms, render ${t.renderMs} ms)` : ''}${t.scripts.length ? `: ${t.scripts.join('; ')}` : ''}`
		);
	if (!b.longTasksUnthrottled.pass && r.scroll.unthrottled)
		lines.push(`Long tasks while scrolling, no throttling (${r.scroll.unthrottled.longTasks.count}):`, ...taskLines(r.scroll.unthrottled));
	if (!b.longTasksOver100Cpu4x.pass && r.scroll.cpu4x)
		lines.push(
			`Long tasks over 100 ms with 4× CPU (${r.scroll.cpu4x.longTasks.over100} of ${r.scroll.cpu4x.longTasks.count}):`,
			...taskLines({ longTasks: { list: r.scroll.cpu4x.longTasks.list.filter((t) => t.duration > 100) } })
		);
	if (!b.frameP95Unthrottled.pass && r.scroll.unthrottled) {
		const s = r.scroll.unthrottled;
		lines.push(
			`Frame time p95 ${s.frames.p95} ms without throttling (${s.frames.dropped} of ${s.frames.count} frames dropped); the worst frames:`
		);
		for (const f of s.worstFrames) lines.push(`    ${ms(f.ms)} ms at ${(f.atMs / 1000).toFixed(2)} s, step "${f.step}"`);
	}
	if (!b.cameraMoveFramesUnthrottled.pass && r.scroll.unthrottled) {
		const s = r.scroll.unthrottled;
		lines.push(
			`Camera-move frames without throttling: ${s.moveFrames.late} of ${s.moveFrames.count} over budget (p99 ${s.moveFrames.p99} ms):`
		);
		for (const f of s.lateMoveFrames ?? [])
			lines.push(`    ${ms(f.ms)} ms at ${(f.atMs / 1000).toFixed(2)} s, step "${f.step}", ${Math.round(f.sinceStepMs)} ms after it began`);
	}
	const d = r.diagnosis;
	if (d) {
		const name = d.cpuRate > 1 ? `${d.cpuRate}× CPU` : 'no throttling';
		const cpu = Object.values(d.threads).reduce((s, v) => s + v, 0);
		lines.push(
			`Trace of one more scroll of the story (${name}), ${(d.wallMs / 1000).toFixed(1)} s${d.visited < d.steps ? ` — only ${d.visited} of ${d.steps} steps became active: the page did not run as it should, so this trace says little` : ''}:`
		);
		lines.push(
			`    CPU busy ${(cpu / 1000).toFixed(1)} s in ${(d.wallMs / 1000).toFixed(1)} s (${Math.round((cpu / d.wallMs) * 100)}% of one core): ${Object.entries(
				d.threads
			)
				.map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`)
				.join(', ')}; raster ${(d.rasterMs / 1000).toFixed(1)} s`
		);
		lines.push(`    main thread, self time: ${d.mainThread.join(', ')}`);
		lines.push(`    functions, self time (V8 samples): ${d.functions.join(', ')}`);
		lines.push(
			`    ${d.longTaskCount} long tasks in this run${d.longTaskCount > d.longTasks.length ? `; the ${d.longTasks.length} longest` : ''}:`
		);
		for (const t of d.longTasks) {
			lines.push(`    long task ${ms(t.ms)} ms at ${(t.atMs / 1000).toFixed(2)} s, step "${t.step}": ${t.work.join(', ')}`);
			if (t.functions.length) lines.push(`        in: ${t.functions.join(', ')}`);
		}
	}
	if (!b.everyStepReached.pass) {
		for (const [name, s] of [
			['no throttling', r.scroll.unthrottled],
			['4× CPU', r.scroll.cpu4x]
		])
			if (s?.missed.length) lines.push(`Scroll (${name}) never saw aria-current="step" on: ${s.missed.join(', ')}`);
	}
	return lines;
}
