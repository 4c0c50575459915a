// Every device, every fault: phone, landscape and tablet layouts, the keyboard, the reduce-motion
// switch, reading without JavaScript, a map that fails to load, a step whose data is missing, and
// fast scrolling and resizing that must leave the figure in the active step's state.
import { test, expect, type Page } from '@playwright/test';
import { story, facts, model } from './content';
import { describeStep } from '../src/lib/engine/map/describe';

const IDS = story.steps.map((s) => s.id);

function errorsOf(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => {
		if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text());
	});
	return errors;
}

const SIZES = [
	{ name: 'phone 375×667', viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true },
	{ name: 'landscape phone 667×375', viewport: { width: 667, height: 375 }, isMobile: true, hasTouch: true },
	{ name: 'tablet 768×1024', viewport: { width: 768, height: 1024 }, isMobile: true, hasTouch: true },
	{ name: 'narrow 320×568', viewport: { width: 320, height: 568 }, isMobile: true, hasTouch: true }
];

for (const size of SIZES) {
	test.describe(size.name, () => {
		test.use({ viewport: size.viewport, isMobile: size.isMobile, hasTouch: size.hasTouch });
		test('no horizontal overflow, every step reachable, the active text never under the graphic', async ({ page }, info) => {
			test.skip(info.project.name !== 'desktop', 'sizes are set here; run once');
			const errors = errorsOf(page);
			for (const path of ['/', '/embed/?step=talks']) {
				await page.goto(path);
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
				expect(overflow, path).toBeLessThanOrEqual(0);
			}
			for (const id of IDS) {
				await page.goto(`/#${id}`);
				await page.reload();
				await expect(page.locator(`[data-step-id="${id}"]`)).toHaveAttribute('aria-current', 'step');
				await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', id);
				const title = (await page.locator(`[data-step-id="${id}"] h2`).boundingBox())!;
				const graphic = (await page.locator('.graphic').boundingBox())!;
				const covered =
					title.x < graphic.x + graphic.width &&
					graphic.x < title.x + title.width &&
					title.y < graphic.y + graphic.height &&
					graphic.y < title.y + title.height;
				expect(covered, `${id}: the step title is under the graphic`).toBe(false);
				expect(title.y + title.height, `${id}: title below the fold`).toBeLessThanOrEqual(size.viewport.height);
			}
			// touch targets of the controls are 44 px or more
			const small = await page.locator('button, .share a, summary').evaluateAll((els) =>
				els
					.filter((e) => (e as HTMLElement).offsetParent !== null)
					.map((e) => ({ h: e.getBoundingClientRect().height, t: e.textContent?.trim() }))
					.filter((b) => b.h > 0 && b.h < 44)
			);
			expect(small).toEqual([]);
			expect(errors).toEqual([]);
		});
	});
}

test('an orientation change keeps the active step and re-frames the map', async ({ page }, info) => {
	test.skip(info.project.name !== 'phone', 'a phone turning sideways');
	const errors = errorsOf(page);
	await page.goto('/#settlers');
	await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', 'settlers');
	const before = await page.locator('[data-map] svg.art-svg').getAttribute('viewBox');
	await page.setViewportSize({ width: 844, height: 390 });
	await page.waitForTimeout(600);
	await expect(page.locator('[aria-current="step"]')).toHaveAttribute('data-step-id', 'settlers');
	await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', 'settlers');
	await page.setViewportSize({ width: 390, height: 844 });
	await page.waitForTimeout(600);
	await expect(page.locator('[aria-current="step"]')).toHaveAttribute('data-step-id', 'settlers');
	expect(await page.locator('[data-map] svg.art-svg').getAttribute('viewBox')).toBe(before);
	expect(errors).toEqual([]);
});

test('fast scrolling, jumping to the end and back, and resizing mid-move end in the active step’s state', async ({ page }) => {
	const errors = errorsOf(page);
	// the state a fresh load of each step shows
	const expected = new Map<string, string | null>();
	for (const id of ['nkao', 'aftermath', 'talks']) {
		await page.goto(`/#${id}`);
		await page.reload();
		await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', id);
		expected.set(id, await page.locator('[data-map] svg.art-svg').getAttribute('viewBox'));
	}
	await page.goto('/');
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	for (const f of [0.2, 0.7, 0.35, 0.9, 0.1, 1, 0]) {
		await page.evaluate((y) => window.scrollTo(0, y), Math.round(height * f));
		await page.waitForTimeout(40);
	}
	await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
	await page.waitForTimeout(80);
	await page.locator('[data-step-id="talks"]').evaluate((el) => el.scrollIntoView({ block: 'center' }));
	await page.waitForTimeout(100);
	const vp = page.viewportSize()!;
	await page.setViewportSize({ width: vp.width - 40, height: vp.height - 40 });
	await page.setViewportSize(vp);
	await expect(page.locator('[aria-current="step"]')).toHaveAttribute('data-step-id', 'talks');
	await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', 'talks');
	await expect(page.locator('[data-chart]')).toHaveAttribute('data-chart-step', 'talks');
	expect(await page.locator('[data-map] svg.art-svg').getAttribute('viewBox')).toBe(expected.get('talks'));
	expect(errors).toEqual([]);
});

test('the keyboard: a skip link first, visible focus, every control reachable', async ({ page, isMobile }) => {
	test.skip(isMobile, 'keyboard');
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to the story text' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('#story-text')).toBeFocused();
	// from there, Tab reaches the first step's controls, each with a visible focus ring
	await page.keyboard.press('Tab');
	const first = page.locator('[data-step-id="nkao"]').getByRole('button', { name: 'Share this step' });
	await expect(first).toBeFocused();
	const outline = await first.evaluate((el) => getComputedStyle(el).outlineStyle);
	expect(outline).not.toBe('none');
	await page.keyboard.press('Tab');
	await expect(page.locator('[data-step-id="nkao"] summary')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-step-id="nkao"] details')).toHaveAttribute('open', '');
});

test('the reduce-motion switch takes effect at once and is remembered', async ({ page }) => {
	await page.goto('/');
	const toggle = page.getByRole('button', { name: 'Reduce motion' }).first();
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await page.reload();
	await expect(page.getByRole('button', { name: 'Reduce motion' }).first()).toHaveAttribute('aria-pressed', 'true');
	await page.locator('[data-step-id="kalbajar-1993"]').evaluate((el) => el.scrollIntoView({ block: 'center' }));
	await expect(page.locator('[data-step-id="kalbajar-1993"]')).toHaveAttribute('aria-current', 'step');
	const state = await page.evaluate(() => document.querySelector('[data-map]')!.getAttribute('data-map-step'));
	expect(state).toBe('kalbajar-1993');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the story reads top to bottom with a static map and a table per step', async ({ page, request }) => {
		await page.goto('/');
		for (const s of story.steps) {
			const card = page.locator(`[data-step-id="${s.id}"]`);
			await expect(card.locator('h2')).toHaveText(s.title);
			const img = card.locator('.static-map img');
			await expect(img).toHaveAttribute('alt', describeStep(model, s, facts));
			if (s.chart) await expect(card.locator('.static-table caption')).toHaveText(s.chart.title);
		}
		const res = await request.get('/step/war-2020/map.svg');
		expect(res.status()).toBe(200);
		expect(await res.text()).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
		await expect(page.locator('.static-map img').first()).toBeVisible();
	});
});

/** Serves the story page without its inline map art, as if it had arrived without it. */
async function withoutInlineArt(page: Page) {
	await page.route(/localhost:4173\/$/, async (route) => {
		const res = await route.fetch();
		const body = (await res.text()).replace(/<!--art-->[\s\S]*?<!--\/art-->/, '');
		await route.fulfill({ response: res, body });
	});
}

test.describe('when the map data fails', () => {
	const cases = [
		{ name: 'network error', handle: (r: import('@playwright/test').Route) => r.abort('failed'), reason: 'the network request failed' },
		{
			name: '404',
			handle: (r: import('@playwright/test').Route) => r.fulfill({ status: 404, body: 'gone' }),
			reason: 'the server answered 404'
		},
		{
			name: 'invalid data',
			handle: (r: import('@playwright/test').Route) => r.fulfill({ status: 200, contentType: 'image/svg+xml', body: '{"not": "svg"' }),
			reason: 'the map data is not valid'
		}
	];
	for (const c of cases) {
		test(`${c.name}: the text still reads, the figure says what failed and retries`, async ({ page }) => {
			await withoutInlineArt(page);
			await page.route('**/map/art.svg', c.handle);
			await page.goto('/');
			const problem = page.locator('[data-map] [role="alert"]');
			await expect(problem).toContainText(c.reason);
			await expect(page.locator('[data-step-id="nkao"] h2')).toHaveText(story.steps[0].title);
			await expect(page.locator('[data-chart] .title')).toBeVisible();
			await page.unroute('**/map/art.svg');
			await problem.getByRole('button', { name: 'Try again' }).click();
			await expect(problem).toHaveCount(0);
			await expect.poll(() => page.locator('[data-map] path.area').count()).toBeGreaterThan(10);
		});
	}
});

test('a step whose map data is missing shows its text and a notice, and the rest works', async ({ page }) => {
	const errors = errorsOf(page);
	await page.route(/localhost:4173\/$/, async (route) => {
		const res = await route.fetch();
		await route.fulfill({ response: res, body: (await res.text()).replace('settlers:{cx:', 'settlers_gone:{cx:') });
	});
	await page.goto('/#settlers');
	await expect(page.locator('[data-step-id="settlers"] h2')).toHaveText(story.steps[7].title);
	await expect(page.locator('.figure-error')).toContainText('The map for this step is missing');
	await expect(page.locator('[data-chart]')).toHaveAttribute('data-chart-step', 'settlers');
	await page.locator('[data-step-id="talks"]').evaluate((el) => el.scrollIntoView({ block: 'center' }));
	await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', 'talks');
	await expect(page.locator('[data-map] svg.art-svg')).toBeVisible();
	expect(errors).toEqual([]);
});
