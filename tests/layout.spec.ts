// The phone-first layout, step by step, as a reader would see it: at phone, tablet and desktop sizes every
// step of every story is scrolled to, and for the active step the map keeps its room (portrait phones:
// at least 60% of the screen's height; phones on their side: at least half the width and the full
// height), no text of the graphic or of the step's chart lies over other text or is cut off, and the
// step's own text is on screen, not under the graphic. The stepper embed at 320–800 px and the pages
// without JavaScript (static maps and tables) at 320 and 390 px pass the same overlap and clipping check.
// The check itself (tests/checks/layout.js) runs in the page, as it does in the Firefox and WebKit walks.
import { expect, test, type Page } from '@playwright/test';
import { layoutFaults } from './checks/layout.js';
import { stories } from './content';

// one browser size per test, set here: the walk runs once, in the desktop project (the phone project is
// the mobile one)
test.skip(({ isMobile }) => isMobile, 'the walk sets its own sizes');
test.use({ reducedMotion: 'reduce' });

const SIZES = [
	{ width: 320, height: 568, kind: 'portrait' },
	{ width: 375, height: 667, kind: 'portrait' },
	{ width: 390, height: 844, kind: 'portrait' },
	{ width: 667, height: 375, kind: 'landscape' },
	{ width: 768, height: 1024, kind: 'tablet' },
	{ width: 1440, height: 900, kind: 'desktop' }
] as const;

/** What the graphic shows: the map, its key, and the chart wherever it is drawn (graphic or card). */
const GRAPHIC = '[data-map], [data-chart]';

const faults = (page: Page, selector: string, viewportOnly = true) => page.evaluate(layoutFaults, { selector, viewportOnly });

/** Scrolls a step onto the trigger line, as a reader would, and waits until map and chart have it. */
async function reach(page: Page, id: string) {
	await page.locator(`[data-step-id="${id}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
	await expect(page.locator(`[data-step-id="${id}"]`)).toHaveAttribute('aria-current', 'step');
	await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', id);
	await expect(page.locator('[data-chart]')).toHaveAttribute('data-chart-step', id);
	// the labels are placed a frame after the map's size is known
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

for (const size of SIZES) {
	for (const s of stories) {
		test(`${s.path || '/'} at ${size.width}×${size.height}: every step keeps the map's room, no text over text or cut off, the step's text on screen`, async ({
			page
		}) => {
			test.setTimeout(180_000);
			await page.setViewportSize({ width: size.width, height: size.height });
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
			await page.goto(`${s.path}/`);
			const problems: string[] = [];
			for (const step of s.story.steps) {
				// the step's top on the trigger line; then a little further, the way a reader reads on
				await reach(page, step.id);
				const map = (await page.locator('[data-map]').boundingBox())!;
				if (size.kind === 'portrait' && map.height < 0.6 * size.height)
					problems.push(`${step.id}: the map is ${Math.round(map.height)} px tall, under 60% of ${size.height}`);
				if (size.kind === 'landscape' && (map.width < size.width / 2 || map.height < size.height - 1))
					problems.push(
						`${step.id}: the map is ${Math.round(map.width)}×${Math.round(map.height)}, not half the width and the full height`
					);
				const found = await faults(page, GRAPHIC);
				for (const f of [...found.overlap, ...found.clipped]) problems.push(`${step.id}: ${f}`);
				// the step's own title is on screen and is what a reader sees at its centre (nothing covers it)
				const title = page.locator(`[data-step-id="${step.id}"] h2`);
				const box = (await title.boundingBox())!;
				const covered = await title.evaluate((el) => {
					const r = el.getBoundingClientRect();
					const x = r.left + Math.min(r.width / 2, 40);
					const y = r.top + r.height / 2;
					if (y < 0 || y > window.innerHeight) return 'off screen';
					const hit = document.elementFromPoint(x, y);
					return hit && (hit === el || el.contains(hit)) ? '' : `under ${hit?.tagName.toLowerCase()}.${hit?.className}`;
				});
				if (covered) problems.push(`${step.id}: the step's title is ${covered} (at ${Math.round(box.y)} px)`);
			}
			expect(problems).toEqual([]);
			expect(errors).toEqual([]);
		});
	}
}

for (const width of [320, 375, 700, 800]) {
	for (const s of stories) {
		test(`${s.path}/embed/ at ${width} px wide: no text over text or cut off, at every step`, async ({ page }) => {
			test.setTimeout(120_000);
			await page.setViewportSize({ width, height: 900 });
			const problems: string[] = [];
			for (const step of s.story.steps) {
				await page.goto(`${s.path}/embed/?step=${step.id}`);
				await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', step.id);
				await expect(page.locator('[data-chart]')).toHaveAttribute('data-chart-step', step.id);
				await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
				const found = await faults(page, 'main');
				for (const f of [...found.overlap, ...found.clipped]) problems.push(`${step.id}: ${f}`);
			}
			expect(problems).toEqual([]);
		});
	}
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	for (const width of [320, 390]) {
		for (const s of stories) {
			test(`${s.path || '/'} at ${width} px: the static maps and tables stay in their cards, no text over text or cut off`, async ({
				page
			}) => {
				await page.setViewportSize({ width, height: 800 });
				await page.goto(`${s.path}/`);
				const found = await faults(page, '.steps', false);
				expect([...found.overlap, ...found.clipped]).toEqual([]);
				// nothing runs past its card: tables and maps inside, and no sideways scrolling
				const outside = await page.locator('.step .card').evaluateAll((cards) =>
					cards.flatMap((card) => {
						const c = card.getBoundingClientRect();
						return Array.from(card.querySelectorAll('table, img'))
							.filter((e) => e.getBoundingClientRect().right > c.right + 1)
							.map((e) => `${card.closest('[data-step-id]')?.getAttribute('data-step-id')}: ${e.tagName.toLowerCase()}`);
					})
				);
				expect(outside).toEqual([]);
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
			});
		}
	}
});
