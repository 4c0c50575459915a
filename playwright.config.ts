// End-to-end tests against the built static site (scripts/test-servers.mjs), in Chromium at
// desktop and phone sizes. Uses the system Chromium when there is one (see scripts/ensure-browser.mjs).
import { defineConfig } from '@playwright/test';
import { systemChromium } from './scripts/browser-path.mjs';

const executablePath = systemChromium();
const PORT = Number(process.env.PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	timeout: 60_000,
	// two workers on two cores: an iframe that hydrates and answers by postMessage can take over 5 s
	expect: { timeout: 10_000 },
	use: {
		baseURL: `http://localhost:${PORT}`,
		launchOptions: {
			executablePath,
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
		}
	},
	projects: [
		{ name: 'desktop', use: { viewport: { width: 1440, height: 900 } } },
		{ name: 'phone', use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } }
	],
	webServer: {
		// builds the site (at the root and under a sub-path) and serves it, with host pages on another origin
		command: 'node scripts/test-servers.mjs',
		port: PORT,
		reuseExistingServer: !process.env.CI,
		timeout: 300_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
