// The map's colours, in one place: the live map sets them as CSS custom properties, the static
// snapshots (social cards, no-JS maps) paint with them directly. Chosen to stay apart for colour-blind
// readers and in greyscale: light sand, mid pink, dark plum (lightness about 85%, 70%, 35%).

export const PALETTE = {
	/** Held by Azerbaijan. */
	az: '#eadcb4',
	/** Held by Armenian forces, inside the former NKAO. */
	armNkao: '#dc94b5',
	/** Held by Armenian forces, in the surrounding districts. */
	armDistrict: '#8c2d5e',
	/** Azerbaijan outside the story's areas. */
	land: '#f1efea',
	/** Other countries. */
	landOther: '#e3e1dc',
	water: '#dfe7ec',
	highlight: '#111111',
	nkaoLine: '#4a1531',
	contact: '#1f4e79',
	line2020: '#c0392b',
	road: '#222222',
	advanceArm: '#4a1531',
	advanceAz: '#8a6d1d',
	/** A town marked apart from its area: taken by Azerbaijani forces (as announced), held by Armenian forces. */
	townAz: '#8a6d1d',
	townArm: '#8c2d5e',
	/** Control not mapped: a grey hatch over the land colour. */
	unmapped: '#8a8a8a',
	peacekeepers: '#1f4e79'
} as const;

/** The palette as CSS custom properties, for a style attribute. */
export function paletteStyle(): string {
	return [
		`--az:${PALETTE.az}`,
		`--arm-nkao:${PALETTE.armNkao}`,
		`--arm-district:${PALETTE.armDistrict}`,
		`--land:${PALETTE.land}`,
		`--land-other:${PALETTE.landOther}`,
		`--water:${PALETTE.water}`,
		`--highlight:${PALETTE.highlight}`,
		`--town-az:${PALETTE.townAz}`,
		`--town-arm:${PALETTE.townArm}`,
		`--unmapped:${PALETTE.unmapped}`
	].join(';');
}
