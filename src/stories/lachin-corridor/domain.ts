// This story's domain. It is told on the same map as "The belt around Karabakh" (same region, same
// facts sheet): it takes that story's domain (control model, districts, places, names, layers, words) and
// adds its own frames, the note on the road of August 2022, and the words its own charts need.
import type { DomainData, LonLatBox } from '../../lib/engine/domain';
import { DOMAIN as BELT } from '../belt/domain';

/** Frames this story adds: the corridor with both roads to Armenia, and the corridor's southern side. */
const FRAMES = {
	/** Goris – Lachin – Stepanakert and Vardenis – Kalbajar – Martakert: the two road links. */
	links: [45.6, 39.35, 47.0, 40.4],
	/** The corridor road and the districts south of it, down to Qubadli. */
	'corridor-south': [46.1, 39.2, 47.05, 39.95]
} as const satisfies Record<string, LonLatBox>;

export const DOMAIN: DomainData = {
	...BELT,
	frames: { ...BELT.frames, ...FRAMES },
	control: {
		...BELT.control,
		notes: [
			...(BELT.control.notes ?? []),
			{
				from: '2022-08-31',
				to: '2023-09-19',
				text: 'August 2022: a new road south of Lachin town replaced the old route; it is not drawn (the sources give no line for it).',
				source: 'FACTS.md, Lines — Lachin corridor [C]'
			}
		]
	},
	words: {
		...BELT.words,
		chart: {
			...BELT.words.chart,
			heldShare: 'Share of the district’s area',
			heldKm2: 'km² of the district held by Armenian forces (approximate)'
		}
	}
};
