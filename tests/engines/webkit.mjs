// WebKit (WebKitGTK's MiniBrowser, Debian's webkit2gtk-driver) through WebKitWebDriver and
// selenium-webdriver, under a virtual X display (Xvfb): a driver for walk.mjs. WebDriver classic gives no
// console: the page's errors are those walk.mjs hears from inside the page once it has loaded (error
// events, where the engines report ResizeObserver loops, and console.error), MiniBrowser in automation
// mode printing none (its --enable-write-console-messages-to-stdout is not applied to automation views).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { Builder } from 'selenium-webdriver';

const LIBS = ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib'];

/** MiniBrowser, as libwebkit2gtk installs it in the multiarch library folder; undefined when missing. */
export function miniBrowserPath() {
	for (const lib of LIBS) {
		if (!existsSync(lib)) continue;
		for (const dir of readdirSync(lib).filter((d) => /^webkit2?gtk-[\d.]+$/.test(d))) {
			const path = `${lib}/${dir}/MiniBrowser`;
			if (existsSync(path)) return path;
		}
	}
	return undefined;
}
export const webkitReady = () => !!miniBrowserPath() && existsSync('/usr/bin/WebKitWebDriver') && existsSync('/usr/bin/Xvfb');

const freePort = () =>
	new Promise((ok) => {
		const s = createServer();
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address();
			s.close(() => ok(port));
		});
	});
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** @returns {Promise<import('./walk.mjs').Driver & { close(): Promise<void> }>} */
export async function webkit() {
	const children = [];
	const stop = () => {
		for (const c of children.reverse()) {
			try {
				c.kill('SIGTERM');
			} catch {
				/* gone */
			}
		}
	};
	// a display of its own
	const display = `:${90 + Math.floor(Math.random() * 9)}`;
	const xvfb = spawn('Xvfb', [display, '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
	children.push(xvfb);
	await sleep(500);
	const port = await freePort();
	const driverProcess = spawn('WebKitWebDriver', [`--port=${port}`], { env: { ...process.env, DISPLAY: display }, stdio: 'ignore' });
	children.push(driverProcess);
	await sleep(500);
	try {
		const driver = await new Builder()
			.usingServer(`http://127.0.0.1:${port}`)
			.withCapabilities({
				browserName: 'MiniBrowser',
				'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] }
			})
			.build();
		const caps = await driver.getCapabilities();
		// MiniBrowser's window has a minimum width (its toolbar): the walk reports the viewport it got
		return {
			name: `WebKitGTK ${caps.get('browserVersion') ?? ''}`.trim(),
			goto: async (url) => {
				await driver.get(url);
			},
			// the window has a title bar: size it until the page's own viewport is what is asked for
			size: async (width, height) => {
				let w = width;
				let h = height;
				for (let i = 0; i < 4; i++) {
					await driver.manage().window().setRect({ width: w, height: h });
					const [iw, ih] = await driver.executeScript('return [window.innerWidth, window.innerHeight]');
					if (iw === width && ih === height) return;
					w += width - iw;
					h += height - ih;
				}
			},
			screenshot: async (path) => writeFileSync(path, await driver.takeScreenshot(), 'base64'),
			run: (fn, arg) => driver.executeScript(`return (${fn.toString()})(arguments[0]);`, arg),
			errors: () => [],
			close: async () => {
				try {
					await driver.quit();
				} finally {
					stop();
				}
			}
		};
	} catch (err) {
		stop();
		throw err;
	}
}
