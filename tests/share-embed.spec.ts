// Linking, sharing and embedding: per-step pages with their own metadata and social card, the share
// control, the pym.js stepper embedded on another origin, the sub-path build, and hostile ids.
import { test, expect, type Page } from '@playwright/test';
import { stories } from './content';

const HOST = 'http://localhost:4175';
const SUBPATH = 'http://localhost:4176/graphics/story';

function pngSize(buf: Buffer) {
	return { png: buf.subarray(1, 4).toString('latin1'), width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

for (const { path, story } of stories) {
	test(`every ${path}/step/<id>/ page has its own title, card meta and canonical link, and lands on its step`, async ({
		page,
		request
	}) => {
		const titles = new Set<string>();
		for (const s of story.steps) {
			await page.goto(`${path}/step/${s.id}/`);
			await expect(page).toHaveTitle(`${s.title} – ${story.meta.title}`);
			titles.add(await page.title());
			const meta = (sel: string) => page.locator(sel).getAttribute('content');
			expect(await meta('meta[property="og:title"]')).toBe(`${s.title} – ${story.meta.title}`);
			expect(await meta('meta[name="description"]')).toBeTruthy();
			expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
			expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(new RegExp(`${path}/step/${s.id}/$`));
			const image = (await meta('meta[property="og:image"]'))!;
			expect(image).toMatch(new RegExp(`${path}/step/${s.id}/card\\.png$`));
			// the card is there, and is 1200×630; the static map too
			const res = await request.get(`${path}/step/${s.id}/card.png`);
			expect(res.status()).toBe(200);
			expect(pngSize(await res.body())).toEqual({ png: 'PNG', width: 1200, height: 630 });
			expect((await request.get(`${path}/step/${s.id}/map.svg`)).status()).toBe(200);
			await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', s.id);
			await expect(page.locator(`[data-step-id="${s.id}"]`)).toHaveAttribute('aria-current', 'step');
		}
		expect(titles.size).toBe(story.steps.length);
	});

	test(`${path}/embed/?step= opens that step in the stepper, and Next and the arrow keys move through the story`, async ({ page }) => {
		const ids = story.steps.map((s) => s.id);
		await page.goto(`${path}/embed/?step=${ids[1]}`);
		await expect(page.locator('[aria-current="step"]')).toHaveAttribute('data-step-id', ids[1]);
		await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', ids[1]);
		await page.getByRole('button', { name: /Next/ }).click();
		await expect(page.locator('[aria-current="step"]')).toHaveAttribute('data-step-id', ids[2]);
		await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', ids[2]);
		await expect(page.locator('[data-chart]')).toHaveAttribute('data-chart-step', ids[2]);
		await page.locator('body').press('End');
		await expect(page.locator('[aria-current="step"]')).toHaveAttribute('data-step-id', ids.at(-1)!);
		await expect(page.getByRole('link', { name: 'Read the full story' })).toHaveAttribute('href', new RegExp(`${path}/#${ids.at(-1)}$`));
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('a /step/<id>/ page is rendered in that step’s state on the server', async ({ page }) => {
		await page.goto('/step/kalbajar-1993/');
		await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', 'kalbajar-1993');
		await expect(page.locator('[data-chart]')).toHaveAttribute('data-chart-step', 'kalbajar-1993');
		await expect(page.locator('[data-map] .stamp')).toContainText('5 April 1993');
		await expect(page.locator('[data-step-id="kalbajar-1993"] a', { hasText: 'Link to this step' })).toBeVisible();
	});
});

test('the share control copies the step’s link', async ({ page, context, isMobile }) => {
	test.skip(isMobile, 'phones get the share sheet, which headless Chromium does not have');
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/#agdam-1993');
	const card = page.locator('[data-step-id="agdam-1993"]');
	await card.getByRole('button', { name: 'Share this step' }).click();
	await expect(card.getByRole('status')).toHaveText('Link copied.');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe('http://localhost:4173/step/agdam-1993/');
});

async function embedFrame(page: Page, step = 'talks') {
	await page.goto(`${HOST}/host/pym.html?story=${encodeURIComponent('http://localhost:4173')}&step=${step}`);
	const iframe = page.locator('#story-embed iframe');
	await expect(iframe).toBeAttached();
	return { iframe, frame: page.frameLocator('#story-embed iframe') };
}

test('an article on another origin embeds the stepper with pym.js: the iframe takes its height, Next and ArrowRight advance', async ({
	page
}) => {
	const { iframe, frame } = await embedFrame(page, 'talks');
	await expect(frame.locator('[aria-current="step"]')).toHaveAttribute('data-step-id', 'talks');
	await expect(frame.locator('[data-map]')).toHaveAttribute('data-map-step', 'talks');
	// pym.js's Parent sized the iframe to the embed's content
	await expect
		.poll(async () => {
			const frameHeight = (await iframe.boundingBox())!.height;
			const content = await frame.locator('body').evaluate((b) => b.scrollHeight);
			return Math.abs(frameHeight - content);
		})
		.toBeLessThan(4);
	expect((await iframe.boundingBox())!.height).toBeGreaterThan(500);
	// the page around it does not scroll inside the frame
	expect(await frame.locator('html').evaluate((h) => h.scrollHeight <= h.clientHeight + 1)).toBe(true);

	await frame.getByRole('button', { name: /Next/ }).click();
	await expect(frame.locator('[aria-current="step"]')).toHaveAttribute('data-step-id', 'war-2020');
	await expect(frame.locator('[data-map]')).toHaveAttribute('data-map-step', 'war-2020');
	await expect(frame.locator('[data-chart]')).toHaveAttribute('data-chart-step', 'war-2020');
	await frame.locator('body').press('ArrowRight');
	await expect(frame.locator('[aria-current="step"]')).toHaveAttribute('data-step-id', 'ceasefire-2020');
	await frame.getByRole('button', { name: /Previous/ }).click();
	await frame.locator('body').press('ArrowLeft');
	await expect(frame.locator('[aria-current="step"]')).toHaveAttribute('data-step-id', 'talks');
	await expect(frame.getByRole('link', { name: 'Read the full story' })).toHaveAttribute('href', /#talks$/);
});

test('the stepper moves with swipes on touch screens', async ({ page, isMobile }) => {
	test.skip(!isMobile, 'touch only');
	await page.goto('/embed/?step=settlers');
	await expect(page.locator('[aria-current="step"]')).toHaveAttribute('data-step-id', 'settlers');
	const box = (await page.locator('.graphic').boundingBox())!;
	const y = box.y + box.height / 2;
	await page.locator('.graphic').dispatchEvent('pointerdown', { pointerType: 'touch', clientX: box.x + 300, clientY: y });
	await page.locator('.graphic').dispatchEvent('pointerup', { pointerType: 'touch', clientX: box.x + 100, clientY: y + 5 });
	await expect(page.locator('[aria-current="step"]')).toHaveAttribute('data-step-id', 'talks');
});

test('?only= shows one step as a static figure, with no controls', async ({ page }) => {
	await page.goto('/embed/?only=displacement');
	await expect(page.locator('[aria-current="step"]')).toHaveAttribute('data-step-id', 'displacement');
	await expect(page.getByRole('button', { name: /Next|Previous/ })).toHaveCount(0);
	await page.locator('body').press('ArrowRight');
	await expect(page.locator('[aria-current="step"]')).toHaveAttribute('data-step-id', 'displacement');
});

test('the embed help page documents both snippets and previews the embed live', async ({ page }) => {
	await page.goto('/embed/help/');
	await expect(page.locator('pre').first()).toContainText("new pym.Parent('story-belt'");
	await expect(page.locator('pre').nth(1)).toContainText('<iframe src="http://localhost:4173/embed/?step=talks"');
	const preview = page.frameLocator('#embed-preview iframe');
	await expect(preview.locator('[data-map]')).toHaveAttribute('data-map-step', 'talks');
	// the scroll embed's snippet, and its preview running embed.js
	await expect(page.locator('pre').nth(2)).toContainText('<script src="http://localhost:4173/embed.js" async>');
	await expect(page.locator('.scroll-preview [data-step-id]')).toHaveCount(15);
	// picking another step rewrites the snippets
	await expect(page.locator('select')).toHaveValue('talks');
	await page.locator('select').selectOption('war-2020');
	await expect(page.locator('pre').nth(1)).toContainText('<iframe src="http://localhost:4173/embed/?step=war-2020"');
	await expect(page.locator('p code').first()).toHaveText('http://localhost:4173/embed/?only=war-2020');
});

test('the site works under a sub-path with no failed request', async ({ page }) => {
	const failed: string[] = [];
	page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
	page.on('response', (r) => {
		if (r.status() >= 400) failed.push(`${r.url()} ${r.status()}`);
	});
	for (const [path, step] of [
		['/', 'nkao'],
		['/step/south-1993/', 'south-1993'],
		['/embed/?step=talks', 'talks']
	]) {
		await page.goto(`${SUBPATH}${path}`);
		await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', step);
		await expect(page.locator('[data-map] path.area').first()).toBeAttached();
		await page.waitForLoadState('networkidle');
	}
	await page.goto(`${SUBPATH}/embed/help/`);
	await expect(page.frameLocator('#embed-preview iframe').locator('[data-map]')).toHaveAttribute('data-map-step', 'talks');
	await expect(page.locator('pre').first()).toContainText(`${SUBPATH}/embed/?step=talks`);
	await expect(page.locator('.scroll-preview [data-step-id]')).toHaveCount(15);
	await page.waitForLoadState('networkidle');
	const card = await page.request.get(`${SUBPATH}/step/south-1993/card.png`);
	expect(card.status()).toBe(200);
	await page.goto(`${SUBPATH}/#kalbajar-1993`);
	await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', 'kalbajar-1993');
	await page.waitForLoadState('networkidle');
	expect(failed).toEqual([]);
});

test.describe('hostile and unknown ids', () => {
	const payloads = ['<img src=x onerror="window.__pwned=1">', '"><script>window.__pwned=1</script>', 'javascript:alert(1)'];

	test('in a /step/ path: the first step with a quiet notice', async ({ page }) => {
		await page.goto('/step/no-such-step/');
		await expect(page).toHaveURL(/\/#no-such-step$/);
		await expect(page.locator('[role="status"]').first()).toContainText('no-such-step');
		await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', 'nkao');
		for (const p of payloads) {
			await page.goto(`/step/${encodeURIComponent(p)}/`);
			await expect(page.locator('[data-step-id="nkao"]')).toHaveAttribute('aria-current', 'step');
			expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
		}
	});

	test('in the embed’s query string: inert text in the notice', async ({ page }) => {
		let dialogs = 0;
		page.on('dialog', (d) => {
			dialogs++;
			void d.dismiss();
		});
		for (const p of payloads) {
			await page.goto(`/embed/?step=${encodeURIComponent(p)}`);
			await expect(page.locator('[role="status"]').first()).toContainText(p);
			await expect(page.locator('[aria-current="step"]')).toHaveAttribute('data-step-id', 'nkao');
			await expect(page.locator('img[src="x"]')).toHaveCount(0);
			expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
		}
		expect(dialogs).toBe(0);
	});

	test('in the hash: inert text in the notice', async ({ page }) => {
		for (const p of payloads) {
			await page.goto(`/#${encodeURIComponent(p)}`);
			await page.reload();
			await expect(page.locator('[role="status"]').first()).toContainText(p);
			expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
		}
	});
});
