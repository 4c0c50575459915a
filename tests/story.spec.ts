// Every story as a reader meets it: every step in order, deep links, the address following the scroll,
// the map and chart in each step's state, no console errors, and a readable page without JavaScript.
// The steps and their counts come from the content files; the home story's contract ids (DESIGN.md) are
// checked as an ordered contract, with room for steps between them.
import { test, expect, type Page } from '@playwright/test';
import { stories, story } from './content';
import { describeStep } from '../src/lib/engine/map/describe';
import { dateAt } from '../src/lib/engine/map/state';
import { formatDate } from '../src/lib/engine/content/dates';

// the contract of DESIGN.md: the home story keeps these ids, in this order (more may come between them)
const CONTRACT = [
	'nkao',
	'lachin-1992',
	'kalbajar-1993',
	'agdam-1993',
	'south-1993',
	'ceasefire-1994',
	'displacement',
	'settlers',
	'talks',
	'war-2020',
	'ceasefire-2020',
	'agdam-handover',
	'kalbajar-handover',
	'lachin-handover',
	'aftermath'
];
const IDS = story.steps.map((s) => s.id);

function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error' || (m.type() === 'warning' && /hydration/i.test(m.text()))) errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
}

/** The fill the map paints an area with, as the browser computed it. */
function areaFill(page: Page, area: string) {
	return page.locator(`[data-map] path.area[data-area="${area}"]`).evaluate((el) => getComputedStyle(el).fill);
}

const ARM_DISTRICT = 'rgb(140, 45, 94)'; // --arm-district
const AZ = 'rgb(234, 220, 180)'; // --az

test('the home story keeps the contract’s step ids, in order', () => {
	expect(IDS.filter((id) => CONTRACT.includes(id))).toEqual(CONTRACT);
});

for (const s of stories) {
	test(`${s.path || '/'}: every step of the content is on the page, in order`, async ({ page }) => {
		await page.goto(`${s.path}/`);
		const ids = s.story.steps.map((x) => x.id);
		await expect(page.locator('[data-step-id]')).toHaveCount(ids.length);
		expect(await page.locator('[data-step-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step-id')))).toEqual(ids);
		for (const x of s.story.steps) await expect(page.locator(`[data-step-id="${x.id}"] h2`)).toHaveText(x.title);
	});
}

for (const { path, story, model, facts } of stories)
	for (const [i, id] of story.steps.map((x) => x.id).entries()) {
		test(`${path}/#${id} opens the map and chart in that step's state`, async ({ page }) => {
			const errors = watchErrors(page);
			await page.goto(`${path}/#${id}`);
			const step = story.steps[i];
			await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', id);
			await expect(page.locator('[data-chart]')).toHaveAttribute('data-chart-step', id);
			await expect(page.locator(`[data-step-id="${id}"]`)).toHaveAttribute('aria-current', 'step');
			await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
			// the map shows the control of the step's date, and the chart the step's own title
			const date = dateAt(step, 0);
			await expect(page.locator('[data-map] .stamp')).toContainText(formatDate(date));
			// the map's colours, its notes and its text description all come from the one control model
			const c = model.control.controlAt(date);
			const arm = Object.keys(c).filter((a) => c[a] === 'arm');
			const held = ((await page.locator('[data-map] svg.art-svg').getAttribute('data-held')) ?? '').split(' ').filter(Boolean);
			expect(
				held
					.filter((t) => t.startsWith('arm:'))
					.map((t) => t.slice(4))
					.sort()
			).toEqual(arm.sort());
			await expect(page.locator('[data-map] figcaption')).toHaveText(describeStep(model, step, facts));
			const notes = model.control.notesAt(date).map((n) => n.text);
			await expect(page.locator('[data-map] .map-notes:not(.room) li')).toHaveText(notes);
			if (step.chart) await expect(page.locator('[data-chart] .title')).toHaveText(step.chart.title);
			// the step's text is on screen
			await expect(page.locator(`[data-step-id="${id}"] h2`)).toBeInViewport();
			expect(errors).toEqual([]);
		});
	}

test('Kalbajar is coloured as held by Armenian forces at its step, and not before', async ({ page }) => {
	await page.goto('/#lachin-1992');
	await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', 'lachin-1992');
	await expect.poll(() => areaFill(page, 'kalbajar')).toBe(AZ);
	await expect.poll(() => areaFill(page, 'lachin-north')).toBe(ARM_DISTRICT);
	await page.goto('/#kalbajar-1993');
	await page.reload();
	await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', 'kalbajar-1993');
	await expect.poll(() => areaFill(page, 'kalbajar')).toBe(ARM_DISTRICT);
});

test('after the Agdam handover the west of Agdam is Azerbaijani-held, Lachin not yet', async ({ page }) => {
	await page.goto('/#agdam-handover');
	await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', 'agdam-handover');
	await expect.poll(() => areaFill(page, 'agdam-west')).toBe(AZ);
	await expect.poll(() => areaFill(page, 'lachin-north')).toBe(ARM_DISTRICT);
	await expect.poll(() => areaFill(page, 'kalbajar')).toBe(ARM_DISTRICT);
});

test('scrolling moves the address along without adding history entries', async ({ page }) => {
	const errors = watchErrors(page);
	await page.goto('/');
	const before = await page.evaluate(() => history.length);
	for (const id of IDS.slice(1, 6)) {
		await page.locator(`[data-step-id="${id}"]`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await expect(page).toHaveURL(new RegExp(`#${id}$`));
		await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', id);
		await expect(page.locator('[data-chart]')).toHaveAttribute('data-chart-step', id);
	}
	// and back up
	await page.locator('[data-step-id="lachin-1992"]').evaluate((el) => el.scrollIntoView({ block: 'center' }));
	await expect(page).toHaveURL(/#lachin-1992$/);
	expect(await page.evaluate(() => history.length)).toBe(before);
	expect(errors).toEqual([]);
});

for (const s of stories) {
	test(`${s.path || '/'}: a reader scrolling with the wheel reaches every step, with no console errors`, async ({ page, isMobile }) => {
		test.skip(isMobile, 'the wheel is a desktop gesture; the phone project scrolls programmatically above');
		const errors = watchErrors(page);
		await page.goto(`${s.path}/`);
		const ids = s.story.steps.map((x) => x.id);
		const seen = new Set<string>();
		for (let i = 0; i < 400 && seen.size < ids.length; i++) {
			await page.mouse.wheel(0, 300);
			await page.waitForTimeout(30);
			const current = await page.locator('[aria-current="step"]').getAttribute('data-step-id');
			if (current) seen.add(current);
		}
		expect([...seen].sort()).toEqual([...ids].sort());
		await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', ids.at(-1)!);
		expect(errors).toEqual([]);
	});
}

test('the 2020 war step advances the map date with scroll progress', async ({ page }) => {
	await page.goto('/#war-2020');
	const stamp = page.locator('[data-map] .stamp');
	await expect(stamp).toContainText('27 September 2020');
	const box = await page.locator('[data-step-id="war-2020"]').boundingBox();
	await page.evaluate((dy) => window.scrollBy(0, dy), Math.round(box!.height * 0.6));
	await expect(stamp).not.toContainText('27 September 2020');
	await expect(stamp).toContainText('2020');
	await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', 'war-2020');
});

test('an unknown step id opens the first step with a quiet notice, and markup in it stays text', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', (d) => {
		dialogs++;
		void d.dismiss();
	});
	const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>';
	await page.goto(`/#${encodeURIComponent(payload)}`);
	await expect(page.locator('[role="status"]').first()).toContainText(payload);
	await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', 'nkao');
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	expect(dialogs).toBe(0);
	await page.goto('/#no-such-step');
	await page.reload();
	await expect(page.locator('[role="status"]').first()).toContainText('no-such-step');
	await expect(page.locator('[data-step-id="nkao"]')).toHaveAttribute('aria-current', 'step');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	for (const s of stories) {
		test(`${s.path || '/'}: all step text, the first map and how the map was made are in the HTML`, async ({ page }) => {
			await page.goto(`${s.path}/`);
			for (const x of s.story.steps) {
				await expect(page.locator(`[data-step-id="${x.id}"] h2`)).toHaveText(x.title);
				for (const p of x.body) await expect(page.locator(`[data-step-id="${x.id}"]`)).toContainText(p);
			}
			const map = page.locator('[data-map]');
			await expect(map).toHaveAttribute('data-map-step', s.story.steps[0].id);
			expect(await map.locator('path.area').count()).toBeGreaterThan(10);
			expect(await map.locator('path.country').count()).toBeGreaterThan(3);
			await expect(map.locator('figcaption')).toHaveText(describeStep(s.model, s.story.steps[0], s.facts));
			await expect(page.getByRole('heading', { name: s.story.method.title })).toBeVisible();
		});
	}
});

test('the map shows what was announced in the 2020 war: towns on their dates, areas fought over until the ceasefire', async ({ page }) => {
	await page.goto('/#war-2020');
	const svg = page.locator('[data-map] svg.art-svg');
	await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', 'war-2020');
	await expect(svg).toHaveAttribute('data-contested', /jabrayil/);
	await expect(svg).not.toHaveAttribute('data-town', /az:/);
	const box = (await page.locator('[data-step-id="war-2020"]').boundingBox())!;
	await page.evaluate((dy) => window.scrollBy(0, dy), Math.round(box.height * 0.6));
	// by then Hadrut (9 October) has been announced: its dot is marked and its label carries the date
	await expect(svg).toHaveAttribute('data-town', /\baz:hadrut\b/);
	await expect(page.locator('[data-map] .labels .label', { hasText: 'Hadrut · 9 Oct' })).toHaveCount(1);
	await expect(page.locator('[data-map] .legend:not(.room) li', { hasText: 'Town: capture announced by Azerbaijan' })).toHaveCount(1);
	await expect(page.locator('[data-map] .map-notes:not(.room)')).toContainText('Front lines of the war are not mapped');
});

test('Horadiz is shown held by Armenian forces at the end of October 1993, and the talks map has no road that opened in 2017', async ({
	page
}) => {
	await page.goto('/#south-1993');
	await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', 'south-1993');
	await expect(page.locator('[data-map] svg.art-svg')).toHaveAttribute('data-town', 'arm:horadiz');
	await page.goto('/#talks');
	await page.reload();
	await expect(page.locator('[data-map]')).toHaveAttribute('data-map-step', 'talks');
	await expect(page.locator('[data-map] svg.art-svg')).not.toHaveAttribute('data-layers', /vardenis-road/);
});

test('the story ends with how the map was made', async ({ page }) => {
	await page.goto('/');
	const method = page.locator('.method');
	await expect(method.getByRole('heading', { name: story.method.title })).toBeAttached();
	for (const p of story.method.body) await expect(method).toContainText(p);
});
