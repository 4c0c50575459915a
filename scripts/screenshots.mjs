// `npm run screenshots`: the phone screenshots in docs/phone/: every step of every story, on a phone
// held upright (390×844) and on its side (667×375), each reached by scrolling as a reader does and taken
// once the map and the chart show it (reduced motion, so no frame is caught mid-move). Builds the site
// when build/ is missing; serves it with the tests' static server; uses the same Chromium as the tests.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { parse } from 'yaml';
import { serve } from './serve-static.mjs';
import { systemChromium } from './browser-path.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'docs/phone');
const SIZES = [
	{ width: 390, height: 844 },
	{ width: 667, height: 375 }
];
const HOME = /HOME_STORY\s*=\s*'([^']+)'/.exec(readFileSync(resolve(ROOT, 'src/site.config.ts'), 'utf8'))?.[1];

const stories = readdirSync(resolve(ROOT, 'src/stories'))
	.filter((slug) => existsSync(resolve(ROOT, 'src/stories', slug, 'story.yaml')))
	.sort((a, b) => (a === HOME ? -1 : b === HOME ? 1 : a < b ? -1 : 1))
	.map((slug) => ({
		slug,
		path: slug === HOME ? '' : `/${slug}`,
		steps: parse(readFileSync(resolve(ROOT, 'src/stories', slug, 'story.yaml'), 'utf8')).steps.map((s) => s.id)
	}));

if (!existsSync(resolve(ROOT, 'build/index.html'))) execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
const server = await serve({ dir: resolve(ROOT, 'build'), port: 0 });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
	executablePath: systemChromium(),
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
});
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
let count = 0;
try {
	for (const size of SIZES) {
		const page = await browser.newPage({ viewport: size, deviceScaleFactor: 1, isMobile: true, hasTouch: true, reducedMotion: 'reduce' });
		for (const story of stories) {
			await page.goto(`${base}${story.path}/`);
			for (const id of story.steps) {
				await page.locator(`[data-step-id="${id}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
				await page.locator(`[data-map][data-map-step="${id}"]`).waitFor();
				await page.locator(`[data-chart][data-chart-step="${id}"]`).waitFor();
				await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
				const name = `${story.slug}-${id}-${size.width}x${size.height}.jpg`;
				// JPEG: the set is regenerated often and lives in git; at quality 85 the text stays sharp
				await page.screenshot({ path: resolve(OUT, name), type: 'jpeg', quality: 85 });
				count += 1;
			}
		}
		await page.close();
	}
} finally {
	await browser.close();
	server.close();
}
console.log(`screenshots: ${count} in docs/phone/`);
