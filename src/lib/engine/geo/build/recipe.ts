// A story's geodata recipe (src/stories/<slug>/geo/recipe.ts): how to build its region topology from
// source texts (npm packages' data, its own hand-drawn layers). `npm run geo` runs every story's recipe
// and writes src/stories/<slug>/generated/region.topo.json; the output is reproducible from `npm ci`.
import type { Topology } from 'topojson-specification';

/** Reads a file as text: an absolute path as it is, anything else relative to the project. */
export type Reader = (path: string) => string;

export interface GeoRecipe {
	build(read: Reader): { topology: Topology; report: string[] };
}
