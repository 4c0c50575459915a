// The project's shape, checked: the engine knows no story (no story's names, places, sides or codes in its
// code), no folder imports one that imports it back (the engine never imports a story; a story imports the
// engine and, at most, another story's folder), colours live only in the one vocabulary and the stories'
// colour files, and no module grows past about 300 lines.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(dir: string, out: string[] = []): string[] {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) {
			if (name !== 'generated' && name !== 'node_modules') files(path, out);
		} else if (/\.(ts|svelte|css|js|mjs)$/.test(name)) out.push(path);
	}
	return out;
}

/** The code of a file without its comments (a comment may give an example from a story). */
const code = (path: string) =>
	readFileSync(path, 'utf8')
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

const engine = files('src/lib/engine');
const stories = readdirSync('src/stories');

describe('the engine knows no story', () => {
	it('names no story’s places, districts or sides, nor its district codes', async () => {
		const words = new Set<string>();
		for (const slug of stories) {
			const { story } = await import(`../../stories/${slug}/index.ts`);
			for (const u of story.domain.units) words.add(u.name).add(u.code);
			for (const p of story.domain.places) words.add(p.name);
			for (const s of Object.values(story.domain.sides) as { name: string }[]) words.add(s.name);
		}
		const found: string[] = [];
		for (const f of engine.filter((f) => !f.endsWith('.test.ts'))) {
			const text = code(f);
			for (const w of words) if (new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}\\b`).test(text)) found.push(`${f}: ${w}`);
		}
		expect(found).toEqual([]);
	});
	it('never imports a story', () => {
		const found = engine.filter((f) => /from ['"][^'"]*stories\//.test(code(f)) || /\$stories/.test(code(f)));
		expect(found).toEqual([]);
	});
});

describe('colours', () => {
	const HEX = /(?<![\w&])#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3})(?![\w-])/;
	const FUNC = /\b(?:rgba?|hsla?)\(/;
	it('are written only in the vocabulary (style/tokens.ts) and the stories’ colours.ts (tests may name one to prove it propagates)', () => {
		const all = [...files('src'), ...files('scripts')].filter(
			(f) => !f.endsWith('tokens.ts') && !/stories\/[^/]+\/colours\.ts$/.test(f) && !f.endsWith('.test.ts')
		);
		const found = all.filter((f) => HEX.test(code(f)) || FUNC.test(code(f)));
		expect(found).toEqual([]);
	});
});

describe('chart types', () => {
	const folders = [
		...readdirSync('src/lib/engine/chart/types').map((t) => join('src/lib/engine/chart/types', t)),
		...stories.flatMap((s) => {
			const dir = join('src/stories', s, 'charts');
			try {
				return readdirSync(dir).map((t) => join(dir, t));
			} catch {
				return [];
			}
		})
	].filter((f) => statSync(f).isDirectory());
	it('are each one folder with an index.ts, a schema.ts and exactly one drawing (.svelte), loaded by step', () => {
		expect(folders.length).toBeGreaterThan(6);
		for (const f of folders) {
			const names = readdirSync(f);
			expect(names, f).toContain('index.ts');
			expect(names, f).toContain('schema.ts');
			expect(
				names.filter((n) => n.endsWith('.svelte')),
				f
			).toHaveLength(1);
		}
	});
	it('reach the page only as drawings: no page component imports the registry of their code', () => {
		const pages = [...engine, ...files('src/routes')].filter(
			(f) => f.endsWith('.svelte') || f.endsWith('.svelte.ts') || /\+page\.ts$|\+layout\.ts$/.test(f)
		);
		expect(pages.filter((f) => /chart\/registry/.test(code(f)))).toEqual([]);
	});
});

describe('module size', () => {
	it('keeps every module and component of the engine and the stories to about 300 lines', () => {
		const big = [...engine, ...files('src/stories'), ...files('src/routes')]
			.filter((f) => !f.endsWith('.test.ts'))
			.map((f) => [f, readFileSync(f, 'utf8').split('\n').length] as const)
			.filter(([, n]) => n > 320);
		expect(big).toEqual([]);
	});
});
