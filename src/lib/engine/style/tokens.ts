// The one visual vocabulary: every colour the engine paints with, by role, defined once for "parity in
// CSS and JS". Pages get them as CSS custom properties (`--paper`, `--series`, …) for the map, its key,
// the charts and the cards' HTML; the static maps, the social cards and the host-page script read the
// same values here. A story adds its own colours and may set any role (its `colours.ts`); nothing else
// in the project writes a colour literal (a test checks).

export const TOKENS = {
	// page
	paper: '#fbfaf7',
	card: '#ffffff',
	ink: '#1a1a1a',
	'ink-strong': '#111111',
	text: '#222222',
	muted: '#5d5d5d',
	subtle: '#555555',
	faint: '#767676',
	rule: '#dedad0',
	grid: '#e4e0d8',
	stem: '#bbbbbb',
	focus: '#1f6fd1',
	accent: '#7a2e5a',
	'accent-tint': '#f6eef2',
	notice: '#fff8dc',
	'notice-border': '#d9c98f',
	problem: '#f3f0ea',
	panel: '#faf7f0',
	'code-bg': '#1e1e1e',
	'code-ink': '#f3f3f3',
	'shadow-soft': 'rgb(0 0 0 / 0.06)',
	shadow: 'rgb(0 0 0 / 0.12)',
	'shadow-strong': 'rgb(0 0 0 / 0.18)',
	'swatch-border': 'rgb(0 0 0 / 0.25)',
	veil: 'rgb(255 255 255 / 0.9)',
	'veil-paper': 'rgb(243 240 234 / 0.95)',
	// map
	land: '#f1efea',
	'land-other': '#e3e1dc',
	water: '#dfe7ec',
	'country-line': '#ffffff',
	border: '#555555',
	'unit-line': '#9b917e',
	'area-label': '#5b4f3f',
	highlight: '#111111',
	halo: '#ffffff',
	unmapped: '#8a8a8a',
	'locator-focus': '#e0d4b0',
	'locator-outline': '#555555',
	'locator-frame': '#9aa7b0',
	marker: '#c0392b',
	// charts
	series: '#444444',
	'series-light': '#999999',
	'series-fill': '#444444',
	reference: '#1f4e79',
	'reference-stem': '#9aa7b0',
	band: '#f3e3b0',
	'none-fill': '#eeeeee'
} as const;

export type Token = keyof typeof TOKENS;

/** The engine's roles with a story's colours and settings over them. */
export function resolveColours(story: Readonly<Record<string, string>> = {}): Record<string, string> {
	return { ...TOKENS, ...story };
}

/** Every colour as a CSS custom property, for a `:root { … }` rule. */
export function cssVariables(colours: Readonly<Record<string, string>>): string {
	return Object.entries(colours)
		.map(([name, value]) => `--${name}:${value}`)
		.join(';');
}
