// Loads and checks a story's hand-drawn layers (src/stories/<slug>/geo/layers/*.geojson): each is one GeoJSON Feature with
// a top-level "about" foreign member saying what it shows, its FACTS.md sources and its precision.
// Parsing is pure: text in, typed layer out.

import { z } from 'zod';
import { GeoBuildError } from './errors';

const pos = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const about = z.object({
	shows: z.string().min(1),
	sources: z.array(z.string().startsWith('FACTS.md')).min(1),
	precision: z.string().min(1),
	closeVia: z.unknown().optional()
});
const props = z.object({ id: z.string().regex(/^[a-z0-9-]+$/), name: z.string().min(1) });

const polygonLayer = z.object({
	type: z.literal('Feature'),
	about,
	properties: props,
	geometry: z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(pos).min(4)).min(1) })
});
const lineLayer = z.object({
	type: z.literal('Feature'),
	about,
	properties: props,
	geometry: z.object({ type: z.literal('LineString'), coordinates: z.array(pos).min(2) })
});
const multiLineLayer = z.object({
	type: z.literal('Feature'),
	about,
	properties: props,
	geometry: z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(pos).min(2)).min(1) })
});

export type Pos = [number, number];
export type PolygonLayer = z.infer<typeof polygonLayer>;
export type LineLayer = z.infer<typeof lineLayer>;
export type MultiLineLayer = z.infer<typeof multiLineLayer>;

function parse<T>(schema: z.ZodType<T>, text: string, file: string, id: string): T {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (e) {
		throw new GeoBuildError(`layer ${file}: not valid JSON (${(e as Error).message})`);
	}
	const r = schema.safeParse(json);
	if (!r.success) {
		const issue = r.error.issues[0];
		throw new GeoBuildError(`layer ${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
	}
	const got = (r.data as { properties: { id: string } }).properties.id;
	if (got !== id) throw new GeoBuildError(`layer ${file}: properties.id is "${got}", expected "${id}"`);
	return r.data;
}

export const parsePolygonLayer = (text: string, file: string, id: string) => parse(polygonLayer, text, file, id);
export const parseLineLayer = (text: string, file: string, id: string) => parse(lineLayer, text, file, id);
export const parseMultiLineLayer = (text: string, file: string, id: string) => parse(multiLineLayer, text, file, id);

/** The closing vertices of a line's "side" ring (about.closeVia), one list per part for a MultiLineString. */
export function closeVia(layer: LineLayer | MultiLineLayer, file: string): Pos[][] {
	const parts = layer.geometry.type === 'LineString' ? 1 : layer.geometry.coordinates.length;
	const raw = layer.about.closeVia;
	const list = z.array(pos);
	const r = parts === 1 && layer.geometry.type === 'LineString' ? list.safeParse(raw) : z.array(list).length(parts).safeParse(raw);
	if (!r.success)
		throw new GeoBuildError(`layer ${file}: about.closeVia must be ${parts === 1 ? 'a list of [lon, lat]' : `${parts} lists of [lon, lat]`}`);
	return (layer.geometry.type === 'LineString' ? [r.data] : r.data) as Pos[][];
}

/** The closed ring formed by a line part and its closing vertices. */
export function sideRing(line: readonly Pos[], via: readonly Pos[]): Pos[] {
	return [...line, ...via, line[0]].map((p) => [p[0], p[1]] as Pos);
}
