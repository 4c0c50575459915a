// Lighthouse for the bench, run in-process with its default mobile profile (simulated throttling), on
// a Chromium started by chrome-launcher. Returns the scores and metrics the budgets use, and, for
// reporting a miss precisely, what Lighthouse says is wrong: failing audits, the LCP element, the layout
// shifts, the long tasks and where main-thread time goes.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const round = (n, d = 0) => (n == null ? null : Math.round(n * 10 ** d) / 10 ** d);

/**
 * @param {string} url
 * @param {{ chromePath: string, flags: string[], track: (stop: () => unknown) => void }} options
 *   `track` registers a stop function, so the bench can kill the browser if it is interrupted.
 */
export async function runLighthouse(url, { chromePath, flags, track }) {
	const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...flags], logLevel: 'silent' });
	const kill = () => chrome.kill();
	track(kill);
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility']
		});
		if (!result) throw new Error('lighthouse returned no result');
		return { summary: summarise(result.lhr), lhr: result.lhr };
	} finally {
		await kill();
	}
}

/** The figures and the explanations the bench reports, from a Lighthouse result. */
export function summarise(lhr) {
	const a = lhr.audits;
	const num = (id) => a[id]?.numericValue ?? null;
	const items = (id) => a[id]?.details?.items ?? [];
	const failing = (category, below) =>
		lhr.categories[category].auditRefs
			.map((ref) => a[ref.id])
			.filter(
				(x) => x && x.score != null && x.score < below && x.scoreDisplayMode !== 'informative' && x.scoreDisplayMode !== 'notApplicable'
			)
			.map((x) => ({
				id: x.id,
				title: x.title,
				score: x.score,
				...(x.displayValue ? { value: x.displayValue } : {}),
				nodes: (x.details?.items ?? [])
					.map((i) => i.node?.selector ?? i.node?.snippet ?? i.url)
					.filter(Boolean)
					.slice(0, 5)
			}));
	const lcpItems = items('largest-contentful-paint-element');
	const lcpNode = lcpItems[0]?.items?.[0]?.node ?? lcpItems[0]?.node;
	const lcpPhases = (lcpItems[1]?.items ?? []).map((p) => `${p.phase} ${round(p.timing)} ms`);

	return {
		version: lhr.lighthouseVersion,
		formFactor: lhr.configSettings.formFactor,
		throttling: lhr.configSettings.throttlingMethod,
		benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
		performance: lhr.categories.performance.score,
		accessibility: lhr.categories.accessibility.score,
		fcpMs: round(num('first-contentful-paint')),
		lcpMs: round(num('largest-contentful-paint')),
		tbtMs: round(num('total-blocking-time')),
		cls: round(num('cumulative-layout-shift'), 4),
		speedIndexMs: round(num('speed-index')),
		why: {
			lcpElement: lcpNode ? (lcpNode.selector ?? lcpNode.snippet) : null,
			lcpPhases,
			layoutShifts: items('layout-shifts')
				.slice(0, 5)
				.map((i) => ({ score: round(i.score, 4), node: i.node?.selector ?? i.node?.snippet ?? null })),
			longTasks: items('long-tasks')
				.slice(0, 5)
				.map((i) => ({ url: i.url, startMs: round(i.startTime), durationMs: round(i.duration) })),
			mainThread: items('mainthread-work-breakdown')
				.slice(0, 5)
				.map((i) => `${i.groupLabel ?? i.group} ${round(i.duration)} ms`),
			performanceAudits: failing('performance', 0.9),
			/** audits Lighthouse could not run (this Lighthouse with a newer Chromium), so not to be read as passes */
			erroredAudits: Object.values(a)
				.filter((x) => x.scoreDisplayMode === 'error')
				.map((x) => x.id),
			accessibilityAudits: failing('accessibility', 1),
			warnings: lhr.runWarnings ?? []
		}
	};
}
