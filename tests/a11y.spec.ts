// Accessibility as tested by axe-core (WCAG 2.1 A and AA) on the story, a step page and the embed.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { stories } from './content';

const paths = stories.flatMap(({ path, story }) => {
	const step = story.steps[Math.min(2, story.steps.length - 1)].id;
	return [`${path}/`, `${path}/step/${step}/`, `${path}/embed/?step=${story.meta.example ?? step}`, `${path}/embed/help/`];
});

for (const path of paths) {
	test(`axe finds no WCAG 2.1 A/AA violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		await expect(page.locator('[data-map], [data-map-step], main').first()).toBeAttached();
		await page.waitForLoadState('networkidle');
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
		const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
		expect(summary).toEqual([]);
	});
}
