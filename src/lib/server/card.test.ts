import { describe, expect, it } from 'vitest';
import { wrap, cardSvg, cardPng, CARD_WIDTH, CARD_HEIGHT } from './card';
import { story } from './story';

describe('wrap', () => {
	it('breaks at words within the width', () => {
		const lines = wrap('Lachin, and the road through it', 54, 450);
		expect(lines.length).toBeGreaterThan(1);
		for (const l of lines) expect(l.length * 54 * 0.6).toBeLessThanOrEqual(450);
	});
});

describe('social cards', () => {
	it('escape the step text and name the step', () => {
		const step = { ...story.steps[0], title: 'A <b>bold</b> & "quoted" title' };
		const svg = cardSvg(story, step);
		expect(svg).toContain('&#60;b&#62;bold');
		expect(svg).not.toContain('<b>');
	});
	it('render a 1200×630 PNG', () => {
		const png = cardPng(story, story.steps[1]);
		const view = new DataView(png.buffer, png.byteOffset);
		expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
		expect(view.getUint32(16)).toBe(CARD_WIDTH);
		expect(view.getUint32(20)).toBe(CARD_HEIGHT);
	});
});
