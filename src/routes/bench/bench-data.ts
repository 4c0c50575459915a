// What the bench's comparison pages receive: the home story's page data, and the topology for /bench/reproject/.
import type { Topology } from 'topojson-specification';
import type { StoryData } from '$lib/engine/graphic/context';

export interface BenchData extends StoryData {
	page: string;
	topology: Topology | null;
}
