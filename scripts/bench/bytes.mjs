// Bytes a page costs: every response Chromium receives (Playwright `page.on('response')`), its body
// compressed here with zlib gzip level 9, so the figure does not depend on the server. Sorted by kind.
import { gzipSync } from 'node:zlib';

/** The kinds the bench reports, in table order. */
export const KINDS = ['js', 'css', 'html', 'font', 'geo', 'image', 'other'];

/** A response's kind, from its resource type, content type and URL. */
export function kindOf({ url, type, contentType }) {
	const path = new URL(url).pathname.toLowerCase();
	if (type === 'script' || /javascript|ecmascript/.test(contentType) || /\.m?js$/.test(path)) return 'js';
	if (type === 'stylesheet' || contentType.includes('text/css') || path.endsWith('.css')) return 'css';
	if (type === 'font' || contentType.startsWith('font/') || /\.(woff2?|ttf|otf)$/.test(path)) return 'font';
	if (contentType.includes('svg') || /\.(svg|json|geojson|topojson)$/.test(path) || contentType.includes('json')) return 'geo';
	if (type === 'document' || contentType.includes('text/html')) return 'html';
	if (type === 'image' || contentType.startsWith('image/')) return 'image';
	return 'other';
}

/**
 * Starts recording a page's responses. `collect()` waits for the bodies read so far and returns the
 * requests: [{ url, kind, status, raw, gzip }].
 * @param {import('playwright-core').Page} page
 */
export function recordResponses(page) {
	/** @type {Promise<any>[]} */
	const pending = [];
	page.on('response', (response) => {
		const request = response.request();
		const url = response.url();
		if (!url.startsWith('http')) return;
		pending.push(
			(async () => {
				const status = response.status();
				const contentType = (await response.headerValue('content-type').catch(() => null)) ?? '';
				// a body revalidated (304) or served from the cache crossed no network: it costs nothing
				const sizes = await request.sizes().catch(() => null);
				const cached = sizes != null && sizes.responseBodySize === 0;
				const body = cached || (status >= 300 && status < 400) ? Buffer.alloc(0) : await response.body().catch(() => Buffer.alloc(0));
				const kind = kindOf({ url, type: request.resourceType(), contentType });
				const art = kind === 'html' ? mapArt(body.toString('utf8')) : '';
				return {
					url,
					kind,
					status,
					...(cached ? { cached: true } : {}),
					raw: body.length,
					gzip: body.length ? gzipSync(body, { level: 9 }).length : 0,
					...(art ? { mapArt: { raw: Buffer.byteLength(art), gzip: gzipSync(art, { level: 9 }).length } } : {})
				};
			})()
		);
	});
	return { collect: () => Promise.all(pending.slice()) };
}

/**
 * The static map art that hooks.server.ts puts into a page (inside `<g … data-map-art>`, up to the end
 * of its <svg>), or '' when the page has none: its share of the HTML is reported on its own.
 */
export function mapArt(html) {
	const open = /<g\b[^>]*\bdata-map-art\b[^>]*>/.exec(html);
	if (!open) return '';
	const from = open.index + open[0].length;
	const svgEnd = html.indexOf('</svg>', from);
	const to = svgEnd < 0 ? -1 : html.lastIndexOf('</g>', svgEnd);
	return to > from ? html.slice(from, to) : '';
}

/** Totals by kind and overall, in bytes: { total: {raw, gzip, requests}, byKind: { js: {...}, … } }. */
export function summarise(requests) {
	const byKind = Object.fromEntries(KINDS.map((k) => [k, { raw: 0, gzip: 0, requests: 0 }]));
	const total = { raw: 0, gzip: 0, requests: 0 };
	for (const r of requests) {
		for (const sum of [byKind[r.kind], total]) {
			sum.raw += r.raw;
			sum.gzip += r.gzip;
			sum.requests += 1;
		}
	}
	return { total, byKind };
}

/** Runs in the page before its scripts: records the LCP candidates and the layout shifts. */
function observePaint() {
	const describe = (el) => {
		if (!el) return null;
		const id = el.id ? `#${el.id}` : '';
		const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
		const text = (el.textContent || '').trim().slice(0, 40);
		return `${el.tagName.toLowerCase()}${id}${cls}${text ? ` "${text}"` : ''}`;
	};
	const p = (window.__paint = { lcp: null, shifts: [] });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) p.lcp = { ms: Math.round(e.startTime), size: e.size, element: describe(e.element) };
	}).observe({ type: 'largest-contentful-paint', buffered: true });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			if (!e.hadRecentInput)
				p.shifts.push({
					ms: Math.round(e.startTime),
					value: e.value,
					sources: (e.sources ?? []).map((s) => describe(s.node)).filter(Boolean)
				});
	}).observe({ type: 'layout-shift', buffered: true });
}

/**
 * A first view: a fresh context (empty cache) loads `url` and waits until the network is quiet and the
 * main thread idle; nothing is scrolled. Returns its requests, and the page's own LCP (time, element)
 * and layout shifts (CLS, with the elements that moved) at this viewport.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ width: number, height: number }} viewport
 */
export async function firstView(browser, url, viewport) {
	const context = await browser.newContext({ viewport });
	try {
		const page = await context.newPage();
		const responses = recordResponses(page);
		await page.addInitScript(observePaint);
		await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
		await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => {});
		await page.evaluate(() => new Promise((ok) => requestIdleCallback(() => ok(undefined), { timeout: 5000 })));
		const paint = await page.evaluate(() => window.__paint);
		const cls = Math.round(paint.shifts.reduce((s, x) => s + x.value, 0) * 10000) / 10000;
		return { requests: await responses.collect(), lcp: paint.lcp, cls, shifts: paint.shifts.slice(0, 5) };
	} finally {
		await context.close().catch(() => {});
	}
}
