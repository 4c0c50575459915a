// The colours this story adds to the engine's vocabulary (src/lib/engine/style/tokens.ts), and the
// roles it sets: one place for each colour the map, its key, the charts, the static maps and the cards
// use. Control colours stay apart for colour-blind readers and in greyscale: light sand, mid pink, dark
// plum (lightness about 85%, 70%, 35%).
const sand = '#eadcb4';
const pink = '#dc94b5';
const plum = '#8c2d5e';
const plumDark = '#4a1531';
const navy = '#1f4e79';
const ochre = '#8a6d1d';

export const COLOURS = {
	/** Held by Azerbaijan. */
	az: sand,
	/** Held by Armenian forces, inside the former NKAO. */
	'arm-nkao': pink,
	/** Held by Armenian forces, in the surrounding districts. */
	'arm-district': plum,
	'nkao-line': plumDark,
	contact: navy,
	'line-2020': '#c0392b',
	road: '#222222',
	'advance-arm': plumDark,
	'advance-az': ochre,
	peacekeepers: navy,
	/** Towns marked apart from their areas, by the side holding them. */
	'town-az': ochre,
	'town-arm': plum,
	// the engine's roles, in this story's colours
	series: plum,
	'series-light': '#c9799f',
	'series-fill': plum,
	reference: navy,
	'locator-focus': '#e0d4b0',
	'locator-outline': plum,
	accent: '#7a2e5a'
} as const;
