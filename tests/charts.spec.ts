// Each step's chart: its own chart for its step, its figures and names on screen, and its data table.
import { test, expect } from '@playwright/test';
import { stories } from './content';

for (const { path, story } of stories)
	test(`${path || '/'}: each step with a chart shows its own chart with a data table and a source line`, async ({ page }) => {
		for (const s of story.steps.filter((x) => x.chart)) {
			await page.goto(`${path}/#${s.id}`);
			await page.reload();
			const chart = page.locator('[data-chart]');
			await expect(chart).toHaveAttribute('data-chart-step', s.id);
			await expect(chart.locator('.title')).toHaveText(s.chart!.title);
			await expect(chart.locator('.source')).toContainText('Source:');
			// the table is built when it is asked for
			await expect(chart.locator('table')).toHaveCount(0);
			await chart.getByText('Show data').click();
			await expect(chart.locator('table tbody tr').first()).toBeVisible();
			await expect(chart.locator('table caption')).toHaveText(s.chart!.title);
		}
	});

test('the displacement chart shows its figures and its source', async ({ page }) => {
	await page.goto('/#displacement');
	const chart = page.locator('[data-chart][data-chart-step="displacement"]');
	await expect(chart.locator('svg')).toContainText('658,000');
	await expect(chart.locator('svg')).toContainText('235,000');
	await expect(chart).toContainText('UNHCR office in Baku');
});

test('the settlers chart names every district, shows upper bounds as such, and opens its table', async ({ page }) => {
	await page.goto('/#settlers');
	const chart = page.locator('[data-chart][data-chart-step="settlers"]');
	// the story's names on the chart; the OSCE's spellings in the table, in a column of their own
	for (const name of ['Lachin', 'Kalbajar', 'Qubadli', 'Agdam', 'Zangilan', 'Jabrayil', 'Fuzuli']) {
		await expect(chart.locator('svg')).toContainText(name);
	}
	await expect(chart.locator('svg')).not.toContainText('Kelbajar');
	await expect(chart.locator('svg')).toContainText('under 10');
	await expect(chart).toContainText('14,000');
	await chart.getByText('Show data').click();
	await expect(chart.locator('table')).toBeVisible();
	await expect(chart.locator('table')).toContainText('about 8,000');
	await expect(chart.locator('table thead')).toContainText('OSCE spelling');
	await expect(chart.locator('table')).toContainText('Kelbajar');
});
