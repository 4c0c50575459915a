// Where a usable Chromium is: $CHROME_PATH, then Debian's /usr/bin/chromium; undefined means
// "use Playwright's own browser". Shared by playwright.config.ts and ensure-browser.mjs.
import { existsSync } from 'node:fs';

export function systemChromium() {
	const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	return candidates.find((p) => p && existsSync(p));
}
