import { describe, expect, it } from 'vitest';
import { escapeXml } from './escape';
import { wrapText } from './wrap';

describe('wrapText', () => {
	it('breaks at words within the width', () => {
		const lines = wrapText('Lachin, and the road through it', 54, 450);
		expect(lines.length).toBeGreaterThan(1);
		for (const l of lines) expect(l.length * 54 * 0.6).toBeLessThanOrEqual(450);
		expect(lines.join(' ')).toBe('Lachin, and the road through it');
	});
});

describe('escapeXml', () => {
	it('escapes the five markup characters', () =>
		expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;'));
});
