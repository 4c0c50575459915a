// The map as a reader sees it: labels that never overlap, a legend of only what is drawn, the scale
// bar and locator, arrows where a step describes an offensive, and motion that respects the reader.
import { test, expect, type Page } from '@playwright/test';

async function open(page: Page, id: string) {
	await page.goto(`/#${id}`);
	await page.reload();
	await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', id);
}

/** The story opened at its first step, with its map and chart settled there (motion on). */
async function settledAtFirstStep(page: Page) {
	await page.goto('/');
	await page.locator('[data-step-id="nkao"]').evaluate((el) => el.scrollIntoView({ block: 'center' }));
	await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', 'nkao');
	await expect(page.locator('[data-chart]')).toHaveAttribute('data-chart-step', 'nkao');
}

const legend = (page: Page) => page.locator('[data-map] .legend:not(.room) li');

test('labels never overlap, at any step', async ({ page }) => {
	for (const id of ['nkao', 'lachin-1992', 'south-1993', 'war-2020', 'ceasefire-2020', 'lachin-handover', 'aftermath']) {
		await open(page, id);
		// the labels are placed once the map's frame has been measured (a ResizeObserver, a frame later)
		await expect.poll(() => page.locator('[data-map] .labels .label').count(), { message: id }).toBeGreaterThan(2);
		const boxes = await page.locator('[data-map] .labels .label').evaluateAll((els) =>
			els.map((e) => {
				const r = e.getBoundingClientRect();
				return { text: e.textContent, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
			})
		);
		expect(boxes.length, id).toBeGreaterThan(2);
		for (let i = 0; i < boxes.length; i++) {
			for (let j = i + 1; j < boxes.length; j++) {
				const a = boxes[i];
				const b = boxes[j];
				const overlap = a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1;
				expect(overlap, `${id}: "${a.text}" overlaps "${b.text}"`).toBe(false);
			}
		}
	}
});

test('the alternate name shows on a place’s first appearance only', async ({ page }) => {
	await open(page, 'lachin-1992');
	await expect(page.locator('[data-map] .labels')).toContainText('Lachin (Arm. Berdzor)');
	await open(page, 'lachin-handover');
	await expect(page.locator('[data-map] .labels .label', { hasText: /^Lachin$/ })).toHaveCount(1);
});

test('the legend lists only what the map draws', async ({ page }) => {
	await open(page, 'nkao');
	await expect(legend(page)).toHaveText(['Azerbaijan', 'Former NKAO']);
	await open(page, 'ceasefire-2020');
	const items = await legend(page).allTextContents();
	expect(items).toContain('Line of 10 Nov. 2020');
	expect(items).toContain('Corridor under Russian peacekeepers (about 5 km)');
	expect(items).not.toContain('Line of contact 1994–2020');
	await expect(page.locator('[data-map]')).toContainText('Boundaries and lines approximate');
});

test.describe('with reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });
	test('the map keeps its size from step to step, whatever its key lists', async ({ page }) => {
		await page.goto('/');
		const ids = await page.locator('[data-step-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step-id')!));
		const heights = new Map<string, string[]>();
		const keyLengths = new Set<number>();
		for (const id of ids) {
			await page.locator(`[data-step-id="${id}"]`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
			await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', id);
			keyLengths.add(await legend(page).count());
			const h = await page.locator('[data-map] .frame').evaluate((el) => el.getBoundingClientRect().height.toFixed(1));
			heights.set(h, [...(heights.get(h) ?? []), id]);
		}
		// the keys differ (one to several entries), the map's frame does not
		expect(keyLengths.size).toBeGreaterThan(2);
		expect([...heights.entries()]).toHaveLength(1);
	});
});

test('a scale bar and a locator frame every view', async ({ page }) => {
	await open(page, 'lachin-1992');
	await expect(page.locator('[data-map] .scale')).toHaveText(/^\d+ km$/);
	const near = Number((await page.locator('[data-map] .scale').textContent())!.replace(' km', ''));
	await open(page, 'nkao');
	const far = Number((await page.locator('[data-map] .scale').textContent())!.replace(' km', ''));
	expect(far).toBeGreaterThan(near);
	await expect(page.locator('[data-map] svg.locator .loc-country').first()).toBeAttached();
	await expect(page.locator('[data-map] svg.locator .loc-view')).toBeVisible();
});

test('arrows only where a source gives the direction, named in the key, the 2020 ones as the date advances', async ({ page }) => {
	await open(page, 'south-1993');
	await expect(page.locator('[data-map] .arrow')).toHaveCount(0);
	await open(page, 'war-2020');
	await expect(page.locator('[data-map] .arrow')).toHaveCount(1);
	await expect(legend(page).filter({ hasText: 'Azerbaijani operations along the Aras (schematic)' })).toHaveCount(1);
	const box = await page.locator('[data-step-id="war-2020"]').boundingBox();
	await page.evaluate((dy) => window.scrollBy(0, dy), Math.round(box!.height * 0.97));
	await expect(page.locator('[data-map] .stamp')).toContainText('November 2020');
	await expect(page.locator('[data-map] .arrow')).toHaveCount(2);
	await expect(legend(page).filter({ hasText: 'From Qubadli towards Lachin (schematic)' })).toHaveCount(1);
	await open(page, 'talks');
	await expect(page.locator('[data-map] .arrow')).toHaveCount(0);
});

test.describe('with reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });
	test('the map reaches each step’s state at once, and the chart as soon as its drawing is in', async ({ page }) => {
		await page.goto('/');
		const state = () =>
			page.evaluate(() => ({
				map: document.querySelector('[data-map]')!.getAttribute('data-map-step'),
				chart: document.querySelector('[data-chart]')!.getAttribute('data-chart-step'),
				active: document.querySelector('[aria-current="step"]')!.getAttribute('data-step-id')
			}));
		const visit = async (id: string) => {
			await page.locator(`[data-step-id="${id}"]`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
			await expect(page.locator(`[data-step-id="${id}"]`)).toHaveAttribute('aria-current', 'step');
		};
		// the first move loads the story's chart drawings (the first view carries only its own)
		for (const id of ['lachin-1992', 'kalbajar-1993', 'talks']) {
			await visit(id);
			// in the same task as the step change: no transition in between
			expect((await state()).map).toBe(id);
			await expect.poll(async () => (await state()).chart).toBe(id);
		}
		// with the drawings in, map and chart reach the step in the same task as the step change
		for (const id of ['agdam-1993', 'displacement', 'war-2020']) {
			await visit(id);
			expect(await state()).toEqual({ map: id, chart: id, active: id });
		}
	});
});

test('without reduced motion the camera moves: the map reports the step only when it arrives', async ({ page }) => {
	await settledAtFirstStep(page);
	const seen = await page.evaluate(async () => {
		const map = document.querySelector('[data-map]')!;
		const states = new Set<string>();
		const obs = new MutationObserver(() => states.add(map.getAttribute('data-map-step') ?? '(moving)'));
		obs.observe(map, { attributes: true, attributeFilter: ['data-map-step'] });
		document.querySelector('[data-step-id="lachin-1992"]')!.scrollIntoView({ block: 'center' });
		await new Promise((r) => setTimeout(r, 4000));
		obs.disconnect();
		return [...states];
	});
	expect(seen).toContain('(moving)');
	expect(seen.at(-1)).toBe('lachin-1992');
});

test('fly, then show: the chart takes a new step only once the map’s camera has arrived there', async ({ page }) => {
	await settledAtFirstStep(page);
	const seen = await page.evaluate(async () => {
		// the chart the page shows now (on a phone each step's chart is in its own card)
		const title = () => document.querySelector('[data-chart] .title')?.textContent ?? '';
		const first = title();
		const changes: { at: number; title: string }[] = [];
		const obs = new MutationObserver(() => {
			if (title() !== (changes.at(-1)?.title ?? first)) changes.push({ at: performance.now(), title: title() });
		});
		obs.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-chart'] });
		document.querySelector('[data-step-id="lachin-1992"]')!.scrollIntoView({ block: 'center' });
		await new Promise((r) => setTimeout(r, 4000));
		obs.disconnect();
		// the map marks the frame times of its moves' first and last frames
		const ends = performance.getEntriesByName('map:move-end') as PerformanceMark[];
		const arrived = ends.find((m) => m.detail === 'lachin-1992');
		return { first, changes, arrivedAt: arrived?.startTime ?? null };
	});
	expect(seen.arrivedAt, 'the camera moved to lachin-1992').not.toBeNull();
	// the chart changed once, to the new step's chart, after the camera's last frame
	expect(seen.changes).toHaveLength(1);
	expect(seen.changes[0].title).not.toBe(seen.first);
	expect(seen.changes[0].at).toBeGreaterThanOrEqual(seen.arrivedAt!);
	await expect(page.locator('[data-chart]')).toHaveAttribute('data-chart-step', 'lachin-1992');
	await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', 'lachin-1992');
});

test('the map reports a step once its state is fully drawn: the camera has arrived and the fades have ended', async ({ page }) => {
	await settledAtFirstStep(page);
	const seen = await page.evaluate(async () => {
		const map = document.querySelector('[data-map]')!;
		let reportedAt = 0;
		let fading = -1;
		const obs = new MutationObserver(() => {
			if (map.getAttribute('data-map-step') !== 'lachin-1992') return;
			reportedAt = performance.now();
			// the areas whose fill is still changing when the map reports the step
			fading = [...document.querySelectorAll('.art-svg path.area')].filter((a) =>
				a.getAnimations().some((x) => x.playState === 'running')
			).length;
		});
		obs.observe(map, { attributes: true, attributeFilter: ['data-map-step'] });
		document.querySelector('[data-step-id="lachin-1992"]')!.scrollIntoView({ block: 'center' });
		await new Promise((r) => setTimeout(r, 4000));
		obs.disconnect();
		const arrived = (performance.getEntriesByName('map:move-end') as PerformanceMark[]).find((m) => m.detail === 'lachin-1992');
		return { reportedAt, arrivedAt: arrived?.startTime ?? null, fading };
	});
	expect(seen.arrivedAt).not.toBeNull();
	// the fills take 700 ms from the arrival: the report comes after them, not with the camera
	expect(seen.reportedAt - seen.arrivedAt!).toBeGreaterThanOrEqual(700);
	expect(seen.fading).toBe(0);
});
