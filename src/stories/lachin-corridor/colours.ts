// The colours this story adds: the map's own (sides, lines) are the belt story's, so both stories' maps
// read alike; this story's accent and its roads chart are its own.
import { COLOURS as BELT } from '../belt/colours';

export const COLOURS = {
	...BELT,
	accent: '#1d5c63',
	'accent-tint': '#e6f0f1',
	/** The roads chart: a road in use, the one the step is about. */
	link: '#7b8f93',
	'link-highlight': '#1d5c63'
} as const;
