// The scroll-driven embed inside a news article on another origin: the host page scrolls, the graphic
// stays pinned and follows every step; two embeds are independent; foreign messages are ignored; the
// texts are inert; a host that blocks the script keeps the plain stepper.
import { test, expect, type Page } from '@playwright/test';
import { story, stories } from './content';

const IDS = story.steps.map((s) => s.id);
const HOST_PAGE = 'http://localhost:4175/host/scroll.html?story=http%3A%2F%2Flocalhost%3A4173';

async function openHost(page: Page, extra = '') {
	await page.goto(`${HOST_PAGE}${extra}`);
	await expect(page.locator('#first [data-step-id]')).toHaveCount(IDS.length);
	await expect(page.locator('#second [data-step-id]')).toHaveCount(IDS.length);
}

const mapStep = (page: Page, embed: string) => page.frameLocator(`${embed} iframe`).locator('[data-map]');

test('scrolling the host page moves the pinned graphic through every step', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await openHost(page);
	await expect(page.locator('#before')).toBeVisible();
	for (const id of IDS) {
		await page.locator(`#first [data-step-id="${id}"]`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await expect(page.locator(`#first [data-step-id="${id}"]`)).toHaveAttribute('aria-current', 'step');
		await expect(mapStep(page, '#first')).toHaveAttribute('data-map-step', id);
		// the graphic stays pinned to the top of the viewport while the steps pass
		const box = (await page.locator('#first iframe').boundingBox())!;
		expect(Math.abs(box.y), `${id}: graphic pinned`).toBeLessThan(2);
	}
	await expect(page.frameLocator('#first iframe').locator('[data-chart]')).toHaveAttribute('data-chart-step', 'aftermath');
	// the host's own text is still there, around the embed
	await page.locator('#after').scrollIntoViewIfNeeded();
	await expect(page.locator('#after')).toBeVisible();
	expect(errors).toEqual([]);
});

test('a second embed on the page works independently', async ({ page }) => {
	await openHost(page);
	await page.locator('#first [data-step-id="settlers"]').evaluate((el) => el.scrollIntoView({ block: 'center' }));
	await expect(mapStep(page, '#first')).toHaveAttribute('data-map-step', 'settlers');
	await page.locator('#second [data-step-id="war-2020"]').evaluate((el) => el.scrollIntoView({ block: 'center' }));
	await expect(mapStep(page, '#second')).toHaveAttribute('data-map-step', 'war-2020');
	// the first stayed where its reader left it
	await expect(mapStep(page, '#first')).toHaveAttribute('data-map-step', 'settlers');
	await expect(page.locator('#first [aria-current="step"]')).toHaveAttribute('data-step-id', 'settlers');
});

test('a link with #<step-id> (or data-step) opens the embed at that step', async ({ page }) => {
	await page.goto(`${HOST_PAGE}#kalbajar-handover`);
	await expect(page.locator('#first [data-step-id="kalbajar-handover"]')).toHaveAttribute('aria-current', 'step');
	await expect(mapStep(page, '#first')).toHaveAttribute('data-map-step', 'kalbajar-handover');
	await page.goto(`${HOST_PAGE}&first-step=displacement`);
	await expect(mapStep(page, '#first')).toHaveAttribute('data-map-step', 'displacement');
});

test('messages from a foreign origin are ignored, both ways', async ({ page }) => {
	await openHost(page, '&foreign=' + encodeURIComponent('http://localhost:4175/host/foreign.html'));
	// the foreign frame keeps posting forged texts to the host page: they never show
	await page.waitForTimeout(800);
	await expect(page.locator('#first [data-step-id="nkao"] h3')).toHaveText(story.steps[0].title);
	await expect(page.locator('#first')).not.toContainText('FORGED');
	expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
	// a message to the graphic from anywhere but its host page is ignored
	await page.locator('#first [data-step-id="ceasefire-1994"]').evaluate((el) => el.scrollIntoView({ block: 'center' }));
	await expect(mapStep(page, '#first')).toHaveAttribute('data-map-step', 'ceasefire-1994');
	const frame = page.frames().find((f) => f.url().includes('/embed/scroll/'))!;
	await frame.evaluate(() => window.postMessage({ type: 'story-embed:state', index: 14, progress: 0 }, '*'));
	await page.waitForTimeout(500);
	await expect(mapStep(page, '#first')).toHaveAttribute('data-map-step', 'ceasefire-1994');
});

test('the texts are inserted as text: markup in them is never rendered', async ({ page }) => {
	const markup = '<img src=x onerror="parent.__pwned=1">Marked up';
	await page.route('**/embed/scroll/**', async (route) => {
		const res = await route.fetch();
		const body = (await res.text()).replace(`title:"${story.steps[1].title}"`, `title:${JSON.stringify(markup)}`);
		await route.fulfill({ response: res, body });
	});
	await openHost(page);
	await expect(page.locator('#first [data-step-id="lachin-1992"] h3')).toHaveText(markup);
	await expect(page.locator('#first img')).toHaveCount(0);
	expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('styles do not leak: the host keeps its styles, the embed keeps its own', async ({ page }) => {
	await openHost(page);
	expect(await page.locator('#host-h3').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(0, 128, 0)');
	const h3 = page.locator('#first [data-step-id="nkao"] h3');
	expect(await h3.evaluate((el) => getComputedStyle(el).color)).not.toBe('rgb(0, 128, 0)');
});

test('a host that blocks the script keeps the plain stepper iframe', async ({ page }) => {
	await page.route('**/embed.js', (route) => route.abort('blockedbyclient'));
	await page.goto(HOST_PAGE);
	const fallback = page.frameLocator('#first iframe.fallback');
	await expect(fallback.locator('[data-map]')).toHaveAttribute('data-map-step', 'nkao');
	await expect(fallback.getByRole('button', { name: /Next/ })).toBeVisible();
});

test.describe('with reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });
	test('the embed’s graphic switches at once', async ({ page }) => {
		await openHost(page);
		await page.locator('#first [data-step-id="war-2020"]').evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await expect(mapStep(page, '#first')).toHaveAttribute('data-map-step', 'war-2020');
		await expect(page.frameLocator('#first iframe').locator('.arrow').first()).toHaveCSS('animation-name', 'none');
	});
});

test('another story’s scroll embed: its own steps, followed by its own graphic', async ({ page }) => {
	const other = stories.find((s) => s.path !== '')!;
	const ids = other.story.steps.map((s) => s.id);
	await page.goto(
		`http://localhost:4175/host/scroll.html?story=${encodeURIComponent(`http://localhost:4173${other.path}`)}&site=${encodeURIComponent('http://localhost:4173')}`
	);
	await expect(page.locator('#first [data-step-id]')).toHaveCount(ids.length);
	for (const id of [ids[1], ids.at(-1)!]) {
		await page.locator(`#first [data-step-id="${id}"]`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await expect(mapStep(page, '#first')).toHaveAttribute('data-map-step', id);
	}
});
