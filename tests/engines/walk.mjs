// The walk every browser engine takes (Firefox and WebKit here; Chromium has the Playwright suite): for each
// story, at a phone's size, scroll from the top to the end and see every step become the active one with
// the map and the chart reaching it, no text of the graphic over other text or cut off; open a few steps by
// their links (`#<id>`); page through the stepper embed with its Next button; then, on its side, open
// the first and last steps by their links and check the layout and the map's room again. Page errors and
// ResizeObserver loop messages fail the walk. A driver (firefox.mjs, webkit.mjs) gives it a page.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { layoutFaults } from '../checks/layout.js';

/**
 * @typedef {object} Driver
 * @property {string} name
 * @property {(url: string) => Promise<void>} goto
 * @property {(width: number, height: number) => Promise<void>} size   sizes the page's viewport, as near as the window allows
 * @property {(path: string) => Promise<void>} screenshot   saves what the viewport shows as a PNG
 * @property {<T>(fn: (arg: any) => T, arg?: any) => Promise<T>} run   runs a self-contained function in the page
 * @property {() => string[]} errors   page errors and console errors so far (then forgets them)
 */

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `test` (in Node) until it returns true, or fails with `what`. */
async function until(test, what, timeout = 15_000) {
	const end = Date.now() + timeout;
	for (;;) {
		if (await test()) return;
		if (Date.now() > end) throw new Error(`timed out: ${what}`);
		await sleep(100);
	}
}

/** Reported by the page: the active step and what the map and the chart show. */
function state() {
	const attr = (sel, name) => document.querySelector(sel)?.getAttribute(name) ?? null;
	return {
		active: attr('[aria-current="step"]', 'data-step-id'),
		map: attr('[data-map]', 'data-map-step'),
		chart: attr('[data-chart]', 'data-chart-step')
	};
}

/**
 * Listens, inside the page, from now on: error events (a ResizeObserver loop is reported as one),
 * unhandled rejections and console.error (for the drivers that give no console of their own).
 */
function listen() {
	if (window.__walkErrors) return;
	window.__walkErrors = [];
	window.addEventListener('error', (e) => window.__walkErrors.push(String(e.message)));
	window.addEventListener('unhandledrejection', (e) => window.__walkErrors.push(String(e.reason)));
	const error = console.error.bind(console);
	console.error = (...args) => {
		window.__walkErrors.push(`console.error: ${args.map(String).join(' ')}`);
		error(...args);
	};
}
function heard() {
	const list = window.__walkErrors ?? [];
	window.__walkErrors = [];
	return list;
}

/**
 * Walks the stories; returns what went wrong (empty: all well) and what was seen.
 * @param {Driver} driver
 * The viewport it had (`seen.viewport`) is reported: a window cannot always be made as small as asked.
 * A step whose layout is at fault is saved as a screenshot under `shots` (the first such step of each story).
 * @param {{ base: string, stories: { path: string, steps: string[] }[], width?: number, height?: number, shots?: string }} options
 */
export async function walk(driver, { base, stories, width = 390, height = 844, shots }) {
	const problems = [];
	const seen = {
		steps: 0,
		links: 0,
		embedSteps: 0,
		landscapeSteps: 0,
		viewport: '',
		landscape: '',
		screenshots: /** @type {string[]} */ ([])
	};
	const note = (what) => problems.push(`${driver.name}: ${what}`);
	const collect = async (where) => {
		for (const e of [...driver.errors(), ...(await driver.run(heard))]) note(`${where}: ${e}`);
	};
	await driver.size(width, height);
	seen.viewport = (await driver.run(() => [window.innerWidth, window.innerHeight])).join('×');

	for (const story of stories) {
		const root = `${base}${story.path}/`;
		// scrolling from the top to the end: every step becomes the active one, in order
		await driver.goto(root);
		await driver.run(listen);
		await until(async () => (await driver.run(state)).map === story.steps[0], `${root}: the map at the first step`);
		const reached = [];
		for (let guard = 0; guard < 4000 && reached.length < story.steps.length; guard++) {
			const s = await driver.run(state);
			if (s.active && s.active !== reached.at(-1)) {
				reached.push(s.active);
				// let the map and the chart arrive, then look at the layout
				try {
					await until(async () => {
						const now = await driver.run(state);
						return now.map === s.active && now.chart === s.active;
					}, `${root}: map and chart at "${s.active}"`);
					const found = await driver.run(layoutFaults, { selector: '[data-map], [data-chart]' });
					const faults = [...found.overlap, ...found.clipped];
					for (const f of faults) note(`${root}#${s.active}: ${f}`);
					if (faults.length && shots && !seen.screenshots.some((p) => p.includes(`${driver.name}${story.path}-`))) {
						const path = `${shots}/${driver.name}${story.path || '/home'}-${s.active}.png`.replace(/ /g, '-');
						mkdirSync(dirname(path), { recursive: true });
						await driver.screenshot(path);
						seen.screenshots.push(path);
					}
				} catch (err) {
					note(String(err.message));
				}
			}
			await driver.run((dy) => window.scrollBy(0, dy), Math.round(height * 0.12));
			await sleep(30);
		}
		if (reached.join(' ') !== story.steps.join(' '))
			note(`${root}: scrolling reached ${reached.join(', ')}; expected ${story.steps.join(', ')}`);
		seen.steps += reached.length;
		await collect(root);

		// links to steps: the first, one in the middle, the last
		const ids = [...new Set([story.steps[1], story.steps[Math.floor(story.steps.length / 2)], story.steps.at(-1)])];
		for (const id of ids) {
			await driver.goto(`${root}#${id}`);
			await driver.run(listen);
			try {
				await until(async () => {
					const s = await driver.run(state);
					return s.active === id && s.map === id;
				}, `${root}#${id}: opens at that step`);
				seen.links += 1;
			} catch (err) {
				note(String(err.message));
			}
			await collect(`${root}#${id}`);
		}

		// the stepper embed, paged with its Next button
		await driver.goto(`${root}embed/?step=${story.steps[0]}`);
		await driver.run(listen);
		for (const id of story.steps) {
			try {
				await until(async () => (await driver.run(state)).map === id, `${root}embed/: the map at "${id}"`);
				seen.embedSteps += 1;
			} catch (err) {
				note(String(err.message));
				break;
			}
			await driver.run(() => {
				const next = Array.from(document.querySelectorAll('button')).find((b) =>
					/Next/.test(b.getAttribute('aria-label') ?? b.textContent ?? '')
				);
				next?.click();
			});
		}
		await collect(`${root}embed/`);
	}

	// a phone on its side (667×375): the step links again, each with the layout check and the map's room (at least
	// half the width, the whole height)
	await driver.size(667, 375);
	seen.landscape = (await driver.run(() => [window.innerWidth, window.innerHeight])).join('×');
	for (const story of stories) {
		const root = `${base}${story.path}/`;
		for (const id of [story.steps[0], story.steps.at(-1)]) {
			await driver.goto(`${root}#${id}`);
			await driver.run(listen);
			try {
				await until(async () => {
					const s = await driver.run(state);
					return s.active === id && s.map === id && s.chart === id;
				}, `${root}#${id} on its side: map and chart at that step`);
				const found = await driver.run(layoutFaults, { selector: '[data-map], [data-chart]' });
				for (const f of [...found.overlap, ...found.clipped]) note(`${root}#${id} on its side: ${f}`);
				const room = await driver.run(() => {
					const box = document.querySelector('[data-map]').getBoundingClientRect();
					return { width: box.width / window.innerWidth, height: box.height / window.innerHeight };
				});
				if (room.width < 0.5 || room.height < 0.99)
					note(
						`${root}#${id} on its side: the map has ${Math.round(room.width * 100)}% of the width, ${Math.round(room.height * 100)}% of the height`
					);
				seen.landscapeSteps += 1;
			} catch (err) {
				note(String(err.message));
			}
			await collect(`${root}#${id} on its side`);
		}
	}
	return { problems, seen };
}
