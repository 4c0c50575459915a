// Makes sure the end-to-end tests have a Chromium: the system one if present, else Playwright's own if
// installed, else Debian's package (as root, with apt-get), else Playwright's download. Prints what it used.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { systemChromium } from './browser-path.mjs';

function run(cmd) {
	console.log(`ensure-browser: ${cmd}`);
	execSync(cmd, { stdio: 'inherit' });
}

function playwrightOwn() {
	try {
		const p = chromium.executablePath();
		return existsSync(p) ? p : undefined;
	} catch {
		return undefined;
	}
}

let found = systemChromium() ?? playwrightOwn();
if (!found) {
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const hasApt = existsSync('/usr/bin/apt-get');
	if (hasApt && isRoot) {
		run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
	} else {
		run('npx playwright install chromium');
	}
	found = systemChromium() ?? playwrightOwn();
}
if (!found) {
	console.error('ensure-browser: no usable Chromium, and installing one failed');
	process.exit(1);
}
console.log(`ensure-browser: using ${found}`);
