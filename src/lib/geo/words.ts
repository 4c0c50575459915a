// The story's words for who held what: the sides, the key's entries and the phrases of the maps' text
// descriptions. The map, its key, its description and the charts all take them from here.
import type { Side } from './control';

export const SIDE_NAMES: Readonly<Record<Side, string>> = { az: 'Azerbaijan', arm: 'Armenian forces' };

/** The key's entries for control, by swatch. */
export const CONTROL_KEY = {
	az: 'Azerbaijan',
	'arm-nkao': 'Armenian forces: former NKAO',
	'arm-district': 'Armenian forces: districts',
	contested: 'Fought over, front not mapped',
	unmapped: 'Control not mapped',
	'town-az-said': 'Town: capture announced by Azerbaijan',
	'town-arm': 'Town held by Armenian forces'
} as const;

/** The whole former NKAO, as descriptions name it. */
export const NKAO_NAME = 'the former NKAO';

/** Phrases of the map's text description. */
export const DESCRIBE = {
	controlOn: (date: string) => `Control on ${date}`,
	holds: (side: string, what: string) => `${side} ${side === SIDE_NAMES.arm ? 'hold' : 'holds'} ${what}`,
	contested: (what: string) => `fought over, with the front not mapped: ${what}`,
	unmapped: (what: string) => `control not mapped: ${what}`,
	rest: 'Azerbaijan holds the rest',
	allAz: 'Azerbaijan holds all seven districts and the former NKAO',
	all: (names: string) => `all of ${names}`,
	part: (names: string) => `part of ${names}`,
	most: (names: string) => `most of ${names}`,
	townsSaid: (items: string) => `Towns whose capture Azerbaijan announced: ${items}`,
	townsArm: (items: string) => `Held by Armenian forces: the town of ${items}`,
	drawn: (items: string) => `Drawn: ${items}`,
	highlighted: (items: string) => `Highlighted: ${items}`,
	district: (name: string) => `${name} district`
};
