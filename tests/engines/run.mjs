// `npm run test:engines`: the walk (walk.mjs) in Firefox and in WebKit, against the built site (build/,
// built when missing), served by the tests' static server. Both engines come from Debian packages
// (firefox-esr; webkit2gtk-driver and xvfb): `.ci/run` installs them, and so does this script where they
// are missing and it may (as root, with apt-get), as ensure-browser.mjs does for Chromium; where one is
// still missing the run says so and fails, so a machine without them cannot pass unnoticed. Exit code 1
// when a walk finds a fault.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { serve } from '../../scripts/serve-static.mjs';
import { walk } from './walk.mjs';
import { firefox, firefoxPath } from './firefox.mjs';
import { webkit, webkitReady } from './webkit.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
/** The story at the root, as src/site.config.ts names it (read as text: this script is plain JavaScript). */
const HOME_STORY = /HOME_STORY\s*=\s*'([^']+)'/.exec(readFileSync(resolve(ROOT, 'src/site.config.ts'), 'utf8'))?.[1];

/** Each story's URL prefix and step ids, from its content file. */
function stories() {
	const dir = resolve(ROOT, 'src/stories');
	return readdirSync(dir)
		.filter((slug) => existsSync(resolve(dir, slug, 'story.yaml')))
		.sort((a, b) => (a === HOME_STORY ? -1 : b === HOME_STORY ? 1 : a < b ? -1 : 1))
		.map((slug) => ({
			path: slug === HOME_STORY ? '' : `/${slug}`,
			steps: parse(readFileSync(resolve(dir, slug, 'story.yaml'), 'utf8')).steps.map((s) => s.id)
		}));
}

const canInstall = existsSync('/usr/bin/apt-get') && typeof process.getuid === 'function' && process.getuid() === 0;
const packages = [...(firefoxPath() ? [] : ['firefox-esr']), ...(webkitReady() ? [] : ['webkit2gtk-driver', 'xvfb'])];
if (packages.length && canInstall) {
	console.log(`test:engines: installing Debian's ${packages.join(' ')}`);
	execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`, { stdio: 'inherit' });
}
if (!existsSync(resolve(ROOT, 'build/index.html'))) execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
const server = await serve({ dir: resolve(ROOT, 'build'), port: 0 });
const base = `http://127.0.0.1:${server.address().port}`;
const engines = [
	{ name: 'Firefox', ready: !!firefoxPath(), start: firefox, missing: 'firefox-esr (apt-get install firefox-esr)' },
	{ name: 'WebKit', ready: webkitReady(), start: webkit, missing: 'WebKitGTK (apt-get install webkit2gtk-driver xvfb)' }
];
let failed = false;
for (const engine of engines) {
	const t0 = Date.now();
	if (!engine.ready) {
		console.log(`${engine.name}: not installed: ${engine.missing}`);
		failed = true;
		continue;
	}
	let driver;
	try {
		driver = await engine.start();
		const { problems, seen } = await walk(driver, { base, stories: stories(), shots: resolve(ROOT, 'test-results/engines') });
		const s = Math.round((Date.now() - t0) / 1000);
		console.log(
			`${driver.name} at ${seen.viewport}: ${seen.steps} steps reached by scrolling, ${seen.links} step links, ${seen.embedSteps} embed steps, ${seen.landscapeSteps} step links at ${seen.landscape}; ${problems.length} problems (${s} s)`
		);
		for (const path of seen.screenshots) console.log(`  screenshot: ${path}`);
		for (const p of problems) console.log(`  ${p}`);
		if (problems.length) failed = true;
	} catch (err) {
		console.log(`${engine.name}: the walk could not run: ${err?.stack ?? err}`);
		failed = true;
	} finally {
		await driver?.close().catch(() => {});
	}
}
server.close();
process.exit(failed ? 1 : 0);
