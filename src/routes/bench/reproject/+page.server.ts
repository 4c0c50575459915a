// Data for the bench comparison page: the region's topology, read at build time from the project's own
// generated file (nothing is fetched from outside). The client decodes it with regionFromTopology.
import raw from '$lib/geo/generated/region.topo.json?raw';
import type { Topology } from 'topojson-specification';

export const load = () => ({ topology: JSON.parse(raw) as Topology });
