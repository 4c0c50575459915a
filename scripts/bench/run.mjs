// `npm run bench`: the site's performance benchmark and budgets (issue 8). Builds the site (as published,
// and with BENCH=1 for the comparison pages) into bench-results/, serves both on free local ports, and
// measures: the first view's bytes by kind and the whole story's
// (gzip -9 of every response Chromium gets), Lighthouse's mobile scores and metrics, a scripted scroll
// through every step with and without 4× CPU throttling (long tasks, frame times), the same scroll on
// /bench/reproject/ (the map re-projected every frame) and on its control /bench/viewbox/ (the viewBox
// camera alone), and the weights of the alternatives from their npm packages. When a scroll budget
// misses, one more scroll runs under a Chromium trace to say which code and which rendering work the
// long tasks were. Prints tables, the budgets and why any budget misses, and as its last line one JSON
// object of every figure. Exit code 1 when over budget, 2 when the bench itself fails. The server,
// browsers and child processes it starts are stopped on every exit path.
//
// Every story's first view is measured: the home story's at / and the others' at /<slug>/ (the
// first-view budgets hold for the largest).
//
// Environment: BENCH_SKIP_BUILD=1 reuses bench-results/site/ and site-bench/ (the bench's own builds) as they are; BENCH_LIGHTHOUSE_RUNS=n (default 5, as Lighthouse's own guidance on variability advises) runs
// Lighthouse n times and keeps the median performance run. Full results go to bench-results/.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { systemChromium } from '../browser-path.mjs';
import { serveStatic } from './server.mjs';
import { firstView as loadFirstView, summarise } from './bytes.mjs';
import { scrollThrough, PACE, DESKTOP } from './scroll.mjs';
import { analyseTrace } from './trace.mjs';
import { sourceResolver } from './sourcemap.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { measureReferences } from './references.mjs';
import { readFileSync as readBuilt } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** The scroll embed's host script, as built: what a host article downloads (issue 9). */
function embedScriptSize() {
	try {
		const bytes = readBuilt(join(SITE, 'embed.js'));
		return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
	} catch {
		return null;
	}
}
import { judge, FRAME_BUDGET_MS, CLOCK_RESOLUTION_MS } from './budgets.mjs';
import { formatReport } from './report.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RESULTS = join(ROOT, 'bench-results');
/** The site the bench measures, as published (no BENCH): its own build, apart from build/. */
const SITE = join(RESULTS, 'site');
/** The same site with the comparison pages (/bench/viewbox/, /bench/reproject/): built with BENCH=1. */
const BENCH_SITE = join(RESULTS, 'site-bench');
const BROWSER_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const LIGHTHOUSE_RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5) || 1);

const T0 = Date.now();
const log = (msg) => process.stderr.write(`bench [${Math.round((Date.now() - T0) / 1000)} s]: ${msg}\n`);

/** Stop functions for everything started (server, browsers, child processes), run last-in first-out. */
const stops = [];
const track = (stop) => stops.push(stop);
let stopping = null;
function stopAll() {
	stopping ??= (async () => {
		while (stops.length) {
			const stop = stops.pop();
			try {
				await stop();
			} catch {
				/* already stopped */
			}
		}
	})();
	return stopping;
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.once(signal, () => {
		log(`${signal}: stopping`);
		stopAll().finally(() => process.exit(130));
	});
}

/**
 * Runs `npm run build` into one of the bench's own folders, in its own process group (so all of it can
 * be stopped), output to a log: the site as published (SITE) or, with BENCH=1, with the comparison
 * pages /bench/viewbox/ and /bench/reproject/ (BENCH_SITE; those pages exist only in such a build, and
 * their code changes how the bundler splits the story's, so the story's own figures come from SITE).
 * build/ is left alone. Vite also writes hidden source maps (.map files, no comment in the scripts, so
 * no byte changes), which let the bench name the source of the code behind a long task.
 */
function build(dir, bench) {
	const logFile = join(RESULTS, bench ? 'build-bench.log' : 'build.log');
	const fd = openSync(logFile, 'w');
	const env = { ...process.env, BENCH: bench ? '1' : '', BUILD_DIR: dir };
	const child = spawn('npm', ['run', 'build', '--', '--sourcemap', 'hidden'], {
		cwd: ROOT,
		env,
		stdio: ['ignore', fd, fd],
		detached: true
	});
	closeSync(fd);
	const kill = () => {
		try {
			process.kill(-child.pid, 'SIGTERM');
		} catch {
			/* gone */
		}
	};
	track(kill);
	return new Promise((ok, fail) => {
		child.on('error', fail);
		child.on('exit', (code) => {
			if (code === 0) return ok(undefined);
			const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
			fail(new Error(`npm run build failed (exit ${code}); the end of ${logFile}:\n${tail}`));
		});
	});
}

/** The frame-time ratios of two scroll runs (re-project over viewBox); a value > 1: re-projecting costs more. */
const ratio = (a, b) => (a != null && b ? Math.round((a / b) * 100) / 100 : null);
function compare(re, vb) {
	if (!re || !vb) return null;
	return {
		mean: ratio(re.frames.mean, vb.frames.mean),
		p95: ratio(re.frames.p95, vb.frames.p95),
		worst: ratio(re.frames.worst, vb.frames.worst),
		/** frames dropped and long-task time, re-project then viewBox */
		dropped: [re.frames.dropped, vb.frames.dropped],
		longTaskMs: [re.longTasks.totalMs, vb.longTasks.totalMs]
	};
}

/**
 * The results without the explanations (each long task's scripts, the worst frames, Lighthouse's
 * audits), which stay in bench-results/bench.json: the JSON line keeps every figure and stays short.
 */
function figuresOnly(results) {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the lists stay in bench.json, out of the JSON line
	const run = ({ worstFrames, lateMoveFrames, longTasks: { list, ...longTasks }, ...rest }) => ({ ...rest, longTasks });
	const runs = (group) => Object.fromEntries(Object.entries(group).map(([k, v]) => [k, v && run(v)]));
	// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the explanations stay in bench.json
	const { why, worstWhy, ...lighthouse } = results.lighthouse ?? {};
	return {
		...results,
		scroll: runs(results.scroll),
		viewbox: runs(results.viewbox),
		reproject: runs(results.reproject),
		lighthouse: results.lighthouse ? { ...lighthouse, erroredAudits: why.erroredAudits } : null
	};
}

async function main() {
	mkdirSync(RESULTS, { recursive: true });
	const started = T0;

	// the alternatives' tarballs download while the site builds
	const refDir = mkdtempSync(join(tmpdir(), 'bench-refs-'));
	track(() => rmSync(refDir, { recursive: true, force: true }));
	const refAbort = new AbortController();
	track(() => refAbort.abort());
	const references = measureReferences(refDir, refAbort.signal);

	if (
		process.env.BENCH_SKIP_BUILD === '1' &&
		existsSync(join(SITE, 'index.html')) &&
		existsSync(join(BENCH_SITE, 'bench/viewbox/index.html'))
	)
		log('BENCH_SKIP_BUILD=1: using bench-results/site/ and site-bench/ as they are');
	else {
		log('npm run build (into bench-results/site/) …');
		await build(SITE, false);
		log('npm run build (BENCH=1, into bench-results/site-bench/) …');
		await build(BENCH_SITE, true);
		log(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
	}
	const site = SITE;
	const server = await serveStatic(site);
	track(() => server.close());
	const benchServer = await serveStatic(BENCH_SITE);
	track(() => benchServer.close());
	log(`serving bench-results/site/ on ${server.url}, site-bench/ on ${benchServer.url}`);
	const loadBefore = loadavg()[0];
	if (loadBefore > cpus().length * 0.5) log(`warning: the machine is busy (load ${loadBefore.toFixed(2)}): timings will suffer`);

	const executablePath = systemChromium();
	const browser = await chromium.launch({ executablePath, args: BROWSER_FLAGS });
	track(() => browser.close());
	const chromiumVersion = browser.version();

	log('first view …');
	const fv = await loadFirstView(browser, `${server.url}/`, DESKTOP);
	const fvHtml = fv.requests.find((q) => q.kind === 'html' && q.mapArt);
	const firstView = {
		url: '/',
		viewport: DESKTOP,
		...summarise(fv.requests),
		mapArt: fvHtml?.mapArt ?? null,
		lcp: fv.lcp,
		cls: fv.cls,
		shifts: fv.shifts,
		requests: fv.requests.map(({ url, ...q }) => ({ path: new URL(url).pathname, ...q }))
	};

	// the other stories' first views: each story folder but the home one has its pages under /<slug>/
	const otherStories = [];
	for (const slug of readdirSync(join(ROOT, 'src/stories')).sort()) {
		if (!existsSync(join(ROOT, 'src/stories', slug, 'story.yaml')) || !existsSync(join(site, slug, 'index.html'))) continue;
		log(`first view of /${slug}/ …`);
		const other = await loadFirstView(browser, `${server.url}/${slug}/`, DESKTOP);
		const { total, byKind } = summarise(other.requests);
		otherStories.push({ url: `/${slug}/`, total, byKind, lcp: other.lcp, cls: other.cls });
	}

	const { at, atOffset } = sourceResolver(site);
	const { atOffset: benchAtOffset } = sourceResolver(BENCH_SITE);
	const scroll = {};
	const viewbox = {};
	const reproject = {};
	for (const [label, cpuRate] of [
		['unthrottled', 1],
		['cpu4x', 4]
	]) {
		log(`scrolling the story, CPU ${cpuRate}× …`);
		scroll[label] = await scrollThrough(browser, `${server.url}/`, { cpuRate, atOffset });
		log(`scrolling /bench/viewbox/, CPU ${cpuRate}× …`);
		viewbox[label] = await scrollThrough(browser, `${benchServer.url}/bench/viewbox/`, { cpuRate, atOffset: benchAtOffset });
		log(`scrolling /bench/reproject/, CPU ${cpuRate}× …`);
		reproject[label] = await scrollThrough(browser, `${benchServer.url}/bench/reproject/`, { cpuRate, atOffset: benchAtOffset });
	}
	const storyRequests = scroll.unthrottled.requests;
	for (const s of [scroll, viewbox, reproject].flatMap(Object.values)) delete s.requests;

	// a scroll budget missed: scroll the story once more under a trace, to say what the time went to
	// (one run: without throttling when that misses, else with 4× CPU)
	let diagnosis = null;
	const traceRate =
		scroll.unthrottled.longTasks.count > 0 ||
		scroll.unthrottled.frames.p95 > FRAME_BUDGET_MS + CLOCK_RESOLUTION_MS ||
		scroll.unthrottled.moveFrames.p99 > FRAME_BUDGET_MS + CLOCK_RESOLUTION_MS
			? 1
			: scroll.cpu4x.longTasks.over100 > 0
				? 4
				: 0;
	if (traceRate) {
		log(`a scroll budget missed: tracing one more scroll of the story, CPU ${traceRate}× …`);
		const traced = await scrollThrough(browser, `${server.url}/`, { cpuRate: traceRate, atOffset, trace: true });
		diagnosis = {
			cpuRate: traceRate,
			visited: traced.visited,
			steps: traced.steps,
			...analyseTrace(traced.trace, { longTaskMs: traceRate > 1 ? 100 : 50, resolve: at })
		};
	}
	await browser.close();

	let lighthouse = null;
	const errors = {};
	const lhRuns = [];
	try {
		for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
			log(`lighthouse run ${i + 1}/${LIGHTHOUSE_RUNS} …`);
			lhRuns.push(
				await runLighthouse(`${server.url}/`, { chromePath: executablePath ?? chromium.executablePath(), flags: BROWSER_FLAGS, track })
			);
		}
		const sorted = [...lhRuns].sort((a, b) => a.summary.performance - b.summary.performance);
		const median = sorted[Math.floor((sorted.length - 1) / 2)];
		// the worst run: the lowest score, and of equal scores the longest blocking time
		const worst = [...lhRuns].sort((a, b) => a.summary.performance - b.summary.performance || b.summary.tbtMs - a.summary.tbtMs)[0];
		writeFileSync(join(RESULTS, 'lighthouse.json'), JSON.stringify(median.lhr, null, 1));
		writeFileSync(join(RESULTS, 'lighthouse-worst.json'), JSON.stringify(worst.lhr, null, 1));
		const { why: worstWhy, ...worstFigures } = worst.summary;
		lighthouse = {
			...median.summary,
			runs: lhRuns.length,
			allRuns: lhRuns.map((r) => r.summary.performance),
			allTbtMs: lhRuns.map((r) => r.summary.tbtMs),
			worst: worstFigures,
			worstWhy
		};
	} catch (err) {
		errors.lighthouse = String(err?.message ?? err).split('\n')[0];
		log(`lighthouse failed: ${errors.lighthouse}`);
	}

	await server.close();
	await benchServer.close();
	log('waiting for the reference packages …');
	const refs = await references;

	const cpuList = cpus();
	const results = {
		date: new Date().toISOString(),
		machine: {
			/** 1-minute load average when the measurements started and when they ended */
			load: [Math.round(loadBefore * 100) / 100, Math.round(loadavg()[0] * 100) / 100],
			cpus: cpuList.length,
			cpuModel: cpuList[0]?.model?.trim() ?? 'unknown',
			memoryGiB: Math.round(totalmem() / 2 ** 30),
			node: process.version,
			chromium: chromiumVersion,
			os: `${osType()} ${release()}`
		},
		pace: PACE,
		firstView,
		otherStories,
		story: summarise(storyRequests),
		lighthouse,
		scroll,
		viewbox,
		reproject,
		ratio: null,
		ratios: {
			unthrottled: compare(reproject.unthrottled, viewbox.unthrottled),
			cpu4x: compare(reproject.cpu4x, viewbox.cpu4x),
			storyUnthrottled: compare(reproject.unthrottled, scroll.unthrottled),
			storyCpu4x: compare(reproject.cpu4x, scroll.cpu4x)
		},
		references: refs,
		embedScript: embedScriptSize(),
		budgets: null,
		pass: false,
		benchSeconds: Math.round((Date.now() - started) / 1000),
		...(Object.keys(errors).length ? { errors } : {})
	};
	// the headline ratio: mean frame time while scrolling with 4× CPU, /bench/reproject/ over its
	// control /bench/viewbox/ (same page but for the camera technique)
	results.ratio = results.ratios.cpu4x?.mean ?? null;
	results.budgets = judge(results);
	results.pass = Object.values(results.budgets).every((b) => b.pass);

	// the explanations go to the report and bench-results/bench.json; the JSON line keeps the figures
	writeFileSync(join(RESULTS, 'bench.json'), JSON.stringify({ ...results, diagnosis }, null, 1));
	process.stdout.write(formatReport({ ...results, diagnosis }) + '\n');
	if (results.embedScript) {
		process.stdout.write(
			`\nScroll embed host script /embed.js: ${results.embedScript.raw} bytes raw, ${results.embedScript.gzip} bytes gzip -9\n\n`
		);
	}
	process.stdout.write(JSON.stringify({ ...figuresOnly(results), details: 'bench-results/bench.json' }) + '\n');
	return results.pass;
}

let code;
try {
	code = (await main()) ? 0 : 1;
} catch (err) {
	log(`failed: ${err?.stack ?? err}`);
	code = 2;
} finally {
	await stopAll();
}
process.exit(code);
