// Social cards and static maps, rendered at build time: a 1200×630 PNG per step from the step's own map
// state and title (a static SVG snapshot turned into PNG by resvg, with DejaVu fonts shipped in npm), and
// the same snapshot alone as each step's map for reading without JavaScript. Colours from the story's
// resolved vocabulary, words from its domain.
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Step } from '../content/story';
import { townLabel } from '../map/town-label';
import { formatDate } from '../content/dates';
import { dateAt } from '../map/state';
import { renderSnapshot } from '../map/snapshot';
import { escapeXml as esc } from '../text/escape';
import { wrapText as wrap } from '../text/wrap';
import type { LoadedStory } from './stories.server';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const MAP_WIDTH = 660;

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf'].map((f) => join(fontDir, f));

/** What a card needs of a loaded story. */
export type CardStory = Pick<LoadedStory, 'story' | 'domain' | 'model' | 'region' | 'projection' | 'scene' | 'colours'>;

/** The step's map as a standalone SVG of width × height px (its state at the step's first day). */
export function stepMapSvg(s: CardStory, step: Step, width: number, height: number): string {
	const { model, region, scene } = s;
	const date = dateAt(step, 0);
	const marks = model.control.townsAt(date);
	const highlighted = new Set(step.map.highlight.places);
	const labels = new Map<string, string>();
	for (const t of region.towns) {
		const id = t.properties.id;
		const mark = marks.find((m) => m.town === id);
		if (!highlighted.has(id) && !mark) continue;
		labels.set(id, townLabel({ name: t.properties.name, first: scene.firstLabels[id], stepId: step.id, highlighted: true, mark }));
	}
	return renderSnapshot(
		region,
		s.projection,
		s.domain,
		s.colours,
		{
			status: model.control.controlAt(date),
			towns: new Map(marks.map((m) => [m.town, m.holder])),
			layers: new Set(step.map.layers),
			highlight: new Set([...step.map.highlight.districts, ...step.map.highlight.places]),
			labels,
			arrows: scene.arrows[step.id].filter((a) => a.date === null || a.date <= date),
			notes: model.control.notesAt(date).map((n) => n.text)
		},
		scene.views[step.id],
		width,
		height
	);
}

/** The card's SVG: the step's map on the left, its date, title and the story's name on the right. */
export function cardSvg(s: CardStory, step: Step): string {
	const c = s.colours;
	const words = s.domain.words;
	const date = dateAt(step, 0);
	const map = stepMapSvg(s, step, MAP_WIDTH, CARD_HEIGHT);
	const x = MAP_WIDTH + 44;
	const textWidth = CARD_WIDTH - x - 48;
	const kicker = wrap(step.kicker.toUpperCase(), 26, textWidth, 0.66).slice(0, 2);
	const titleY = 96 + kicker.length * 32 + 54;
	const title = wrap(step.title, 54, textWidth, 0.62).slice(0, 4);
	const out = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
		`<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${c.paper}"/>`,
		map,
		`<rect x="${MAP_WIDTH}" y="0" width="6" height="${CARD_HEIGHT}" fill="${c.series}"/>`,
		...kicker.map(
			(line, i) =>
				`<text x="${x}" y="${96 + i * 32}" font-family="DejaVu Sans" font-weight="bold" font-size="26" fill="${c.accent}">${esc(line)}</text>`
		),
		...title.map(
			(line, i) =>
				`<text x="${x}" y="${titleY + i * 64}" font-family="DejaVu Serif" font-weight="bold" font-size="54" fill="${c.ink}">${esc(line)}</text>`
		),
		`<text x="${x}" y="${CARD_HEIGHT - 128}" font-family="DejaVu Sans" font-size="24" fill="${c.muted}">${esc(`${words.stamp} ${formatDate(date)}`)}</text>`,
		`<text x="${x}" y="${CARD_HEIGHT - 96}" font-family="DejaVu Sans" font-size="24" fill="${c.muted}">${esc(words.mapNote.short)}</text>`,
		`<text x="${x}" y="${CARD_HEIGHT - 52}" font-family="DejaVu Serif" font-weight="bold" font-size="30" fill="${c.ink}">${esc(s.story.meta.title)}</text>`,
		'</svg>'
	];
	return out.join('');
}

/** The card as PNG bytes. */
export function cardPng(s: CardStory, step: Step): Uint8Array {
	const resvg = new Resvg(cardSvg(s, step), {
		fitTo: { mode: 'width', value: CARD_WIDTH },
		font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' }
	});
	return resvg.render().asPng();
}
