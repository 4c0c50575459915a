import { describe, expect, it } from 'vitest';
import { cardSvg, cardPng, CARD_WIDTH, CARD_HEIGHT } from './card';
import { story } from './story';

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
