import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function check(file: string): { code: number; out: string } {
	try {
		const out = execFileSync('npx', ['tsx', 'scripts/check-content.ts', 'belt', file], { encoding: 'utf8', stdio: 'pipe' });
		return { code: 0, out };
	} catch (e) {
		const err = e as { status: number; stderr: string; stdout: string };
		return { code: err.status, out: err.stderr + err.stdout };
	}
}

describe('npm run content (the build step that validates the story)', () => {
	it('passes the real content', () => {
		const r = check('src/stories/belt/story.yaml');
		expect(r.code).toBe(0);
		expect(r.out).toContain('15 steps');
	});
	it('stops on bad content with a message naming file, step and field, without a stack trace', () => {
		const dir = mkdtempSync(join(tmpdir(), 'story-'));
		const bad = join(dir, 'story.yaml');
		writeFileSync(bad, readFileSync('src/stories/belt/story.yaml', 'utf8').replace('type: bars', 'type: pie'));
		const r = check(bad);
		expect(r.code).toBe(1);
		expect(r.out).toContain(`${bad}: 1 content error`);
		expect(r.out).toContain('step "displacement", field chart.type: unknown chart type "pie"');
		expect(r.out).not.toMatch(/\n\s+at /);
	});
});
