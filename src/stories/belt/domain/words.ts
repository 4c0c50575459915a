// The story's words for the map and the computed charts: who the sides are, the key, the stamp, the
// map's note, the phrases of the text descriptions and the control charts' headings. Templates take
// `{name}` placeholders. Every one of them is read by a reader (or a screen reader).
import type { DomainWords } from '../../../lib/engine/domain';

export const SIDES = { az: { name: 'Azerbaijan' }, arm: { name: 'Armenian forces' } } as const;

export const WORDS: DomainWords = {
	keyHeading: 'Held by',
	stamp: 'Control on',
	mapNote: { short: 'Boundaries and lines approximate', long: '. Natural Earth; lines drawn from reports' },
	outline: { text: 'the former NKAO', label: 'Former NKAO' },
	unit: '{name} district',
	unitNoun: 'District',
	focus: 'the seven districts',
	controlWords: ['held', 'holds?', 'holding', 'control(?:led|s)?', 'occupied', 'shaded', 'coloured'],
	key: {
		sides: {
			az: { focus: 'Azerbaijan', outline: 'Azerbaijan' },
			arm: { focus: 'Armenian forces: districts', outline: 'Armenian forces: former NKAO' }
		},
		contested: 'Fought over, front not mapped',
		unmapped: 'Control not mapped',
		towns: { az: 'Town held by Azerbaijan', arm: 'Town held by Armenian forces' },
		townsSaid: { az: 'Town: capture announced by Azerbaijan', arm: 'Town: capture announced by Armenian forces' }
	},
	describe: {
		controlOn: 'Control on {date}',
		holds: '{side} hold {what}',
		contested: 'fought over, with the front not mapped: {what}',
		unmapped: 'control not mapped: {what}',
		rest: 'Azerbaijan holds the rest',
		allOne: 'Azerbaijan holds all seven districts and the former NKAO',
		all: 'all of {names}',
		most: 'most of {names}',
		part: 'part of {names}',
		townsSaid: 'Towns whose capture Azerbaijan announced: {items}',
		townsHeld: 'Held by Armenian forces: the town of {items}',
		drawn: 'Drawn: {items}',
		highlighted: 'Highlighted: {items}',
		approximate: '(approximate)'
	},
	chart: {
		computedSource: 'computed from the map’s polygons and the dated events of the facts sheet; approximate.',
		held: 'Held by Armenian forces',
		part: 'in part',
		contested: 'fought over',
		share: {
			none: 'not held',
			part: 'held in part',
			all: 'held in full',
			contested: 'fought over, front not mapped',
			unmapped: 'control not mapped'
		},
		heldKm2: 'km² held by Armenian forces (approximate)',
		heldShare: 'Share of the seven districts',
		contestedShare: 'Fought over, front not mapped',
		km2: 'km²',
		km2Heading: 'km² (approximate)'
	}
};
