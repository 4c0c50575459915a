// Firefox (Debian's firefox-esr) through puppeteer-core over WebDriver BiDi: a driver for walk.mjs.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

const CANDIDATES = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The Firefox to use, or undefined when there is none. */
export const firefoxPath = () => CANDIDATES.find((p) => p && existsSync(p));

/** @returns {Promise<import('./walk.mjs').Driver & { close(): Promise<void> }>} */
export async function firefox() {
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: firefoxPath(),
		headless: true,
		// no updates, no telemetry, no first-run pages: a quiet browser for a test
		extraPrefsFirefox: {
			'app.update.enabled': false,
			'datareporting.policy.dataSubmissionEnabled': false,
			'toolkit.telemetry.enabled': false
		}
	});
	const page = await browser.newPage();
	let errors = [];
	page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error' || /ResizeObserver/.test(m.text())) errors.push(`console: ${m.text()}`);
	});
	return {
		name: `Firefox ${(await browser.version()).replace(/^firefox\//i, '')}`,
		goto: async (url) => {
			await page.goto(url, { waitUntil: 'load' });
		},
		size: (width, height) => page.setViewport({ width, height }),
		screenshot: async (path) => {
			await page.screenshot({ path });
		},
		run: (fn, arg) => page.evaluate(fn, arg),
		errors: () => {
			const list = errors;
			errors = [];
			return list;
		},
		close: () => browser.close()
	};
}
