// This story's social cards and static maps: escaped text, the card's size, the story's words and the
// vocabulary's colours (changing a colour in the one vocabulary changes the cards and static maps).
import { describe, expect, it } from 'vitest';
import { cardPng, cardSvg, stepMapSvg, CARD_HEIGHT, CARD_WIDTH } from '../../lib/engine/server/card.server';
import { loaded, step, story } from './testing';

describe('social cards', () => {
	it('escape the step text and name the step', () => {
		const s = { ...story.steps[0], title: 'A <b>bold</b> & "quoted" title' };
		const svg = cardSvg(loaded, s);
		expect(svg).toContain('&#60;b&#62;bold');
		expect(svg).not.toContain('<b>');
		expect(svg).toContain(`${loaded.domain.words.stamp} `);
	});
	it('render a 1200×630 PNG', () => {
		const png = cardPng(loaded, story.steps[1]);
		const view = new DataView(png.buffer, png.byteOffset);
		expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
		expect(view.getUint32(16)).toBe(CARD_WIDTH);
		expect(view.getUint32(20)).toBe(CARD_HEIGHT);
	});
});

describe('static maps', () => {
	it('print the notes the map shows, and the announced towns with their dates', () => {
		const svg = stepMapSvg(loaded, step('south-1993'), 800, 560);
		expect(svg).toContain('Fighting inside the former NKAO before the 1994 ceasefire is not mapped');
		expect(svg).toMatch(/Horadiz · late Oct/);
	});
});
