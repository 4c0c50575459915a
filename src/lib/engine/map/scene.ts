// The map's scene, computed once from the geodata and the story: a view per step (frames resolved to
// the art's coordinates), label anchors, and the area facts the charts need. Runs on the server at
// build time; the client receives the result as plain data and never needs the geometry itself.
import { describeSpan } from './describe';
import type { Description } from './descriptions';
import { geoBounds, geoPath, type GeoProjection } from 'd3-geo';
import type { RegionGeo } from '../geo/region';
import type { Story } from '../content/schema';
import type { AreaFacts } from '../chart/data';
import { areaFacts } from '../geo/region';
import { firstLabel, type LonLatBox } from '../domain';
import type { StoryModel } from '../model';
import { ART_WIDTH, artHeight, projectBox, createLocatorProjection, LOCATOR_WIDTH } from './projection';
import { viewForBox, type View } from './camera';
import { arrowShape, type ArrowShape } from './arrows';
import type { Mercator } from './scalebar';
import { legendItems, widestLegend, type LegendItem } from './legend';
import { mapStateFor } from './state';

/** A label anchor in art coordinates. */
export interface SceneLabel {
	id: string;
	kind: 'town' | 'district';
	name: string;
	x: number;
	y: number;
	/** Country of a town (null: on a border). */
	country: string | null;
}

/** A step's arrow, ready to draw. */
export interface SceneArrow extends ArrowShape {
	side: string;
	/** What it stands for (the key's entry). */
	label: string;
	/** Shown from this day (steps that scrub time); null: always. */
	date: string | null;
}

/** Art coordinates → locator coordinates: both are Mercator, so the map is a scale and a shift. */
export interface LocatorTransform {
	width: number;
	height: number;
	k: number;
	x: number;
	y: number;
}

export interface Scene {
	width: number;
	height: number;
	/** The art's projection parameters (for the scale bar). */
	mercator: Mercator;
	locator: LocatorTransform;
	/** The camera's view for each step, by step id. */
	views: Record<string, View>;
	/** The arrows each step draws, by step id. */
	arrows: Record<string, SceneArrow[]>;
	/**
	 * For each place with an alternate name, the step where the map first highlights it and the label it
	 * carries there ("Lachin (Arm. Berdzor)", the story's names convention).
	 */
	firstLabels: Record<string, { step: string; text: string }>;
	labels: SceneLabel[];
	facts: AreaFacts;
	/** The outline's area from its polygon, km² (approximate). */
	outlineKm2: number;
	/** The widest key any step shows: the map's key keeps its room, so the map keeps its size. */
	legendRoom: LegendItem[];
	/** The longest notes any step shows (the control model's notes in force), kept room for likewise. */
	notesRoom: string[];
	/** Each step's map described over its date span (describe.ts), by step id. */
	descriptions: Record<string, Description[]>;
}

/** A district's lon/lat box, from its polygon. */
export function districtBox(region: RegionGeo, code: string): LonLatBox {
	const f = region.districts.find((d) => d.properties.code === code);
	if (!f) throw new Error(`scene: no district "${code}" in the geodata`);
	const [[w, s], [e, n]] = geoBounds(f);
	return [w, s, e, n];
}

export function frameBox(region: RegionGeo, frames: Readonly<Record<string, LonLatBox>>, frame: string): LonLatBox {
	return frame in frames ? frames[frame] : districtBox(region, frame);
}

export function buildScene(region: RegionGeo, story: Story, projection: GeoProjection, model: StoryModel): Scene {
	const { domain } = model;
	const views: Record<string, View> = {};
	for (const step of story.steps) {
		const pad = step.map.frame in domain.frames ? 0.02 : 0.12;
		views[step.id] = viewForBox(projectBox(frameBox(region, domain.frames, step.map.frame), projection), pad);
	}

	const point = (id: string): [number, number] => {
		const t = region.towns.find((f) => f.properties.id === id);
		if (!t) throw new Error(`scene: no place "${id}" in the geodata`);
		return projection(t.geometry.coordinates as [number, number])!;
	};
	const arrows: Record<string, SceneArrow[]> = {};
	const firstLabels: Record<string, { step: string; text: string }> = {};
	for (const step of story.steps) {
		const head = views[step.id].w * 0.035;
		arrows[step.id] = step.map.arrows.map((a) => ({
			...arrowShape(point(a.from), point(a.to), head, a.bend ?? 0.15),
			side: a.side,
			label: a.label,
			date: a.date ?? null
		}));
		for (const id of step.map.highlight.places) {
			if (firstLabels[id]) continue;
			const name = region.towns.find((f) => f.properties.id === id)?.properties.name ?? id;
			const text = firstLabel(domain, name);
			if (text !== name) firstLabels[id] = { step: step.id, text };
		}
	}

	const locatorProjection = createLocatorProjection(domain.locator);
	const [lx0, ly0] = locatorProjection([0, 0])!;
	const k = locatorProjection.scale() / projection.scale();
	const locator: LocatorTransform = {
		width: LOCATOR_WIDTH,
		height: Math.round(projectBox(domain.locator, locatorProjection)[3]),
		k,
		x: lx0 - projection([0, 0])![0] * k,
		y: ly0 - projection([0, 0])![1] * k
	};

	const path = geoPath(projection);
	const labels: SceneLabel[] = [];
	for (const t of region.towns) {
		const [x, y] = projection(t.geometry.coordinates as [number, number])!;
		labels.push({
			id: t.properties.id,
			kind: 'town',
			name: t.properties.name,
			x,
			y,
			country: t.properties.country
		});
	}
	for (const code of domain.focus) {
		const f = region.districts.find((d) => d.properties.code === code);
		if (!f) throw new Error(`scene: no district "${code}" in the geodata`);
		const [x, y] = path.centroid(f);
		labels.push({ id: code, kind: 'district', name: model.unitName(code), x, y, country: null });
	}

	for (const id of domain.control.areas) {
		if (!region.areas.some((f) => f.properties.id === id)) throw new Error(`scene: no area "${id}" in the geodata`);
	}
	const facts = areaFacts(region);

	// every key the story shows: each step at its start, middle and end (steps that scrub time add
	// arrows and the peacekeepers' zone as their date advances)
	const keys = story.steps.flatMap((step) =>
		[0, 0.5, 1].map((progress) => {
			const state = mapStateFor(step, progress);
			return legendItems(model, {
				state,
				districtOf: facts.district,
				arrows: arrows[step.id].filter((a) => a.date === null || a.date <= state.date)
			});
		})
	);

	return {
		width: ART_WIDTH,
		height: artHeight(projection, domain.region),
		mercator: { k: projection.scale(), tx: projection.translate()[0], ty: projection.translate()[1] },
		locator,
		views,
		arrows,
		firstLabels,
		labels,
		facts,
		outlineKm2: region.outline.properties.km2,
		legendRoom: widestLegend(keys),
		notesRoom: longestNotes(
			story.steps.flatMap((step) => [0, 0.5, 1].map((p) => model.control.notesAt(mapStateFor(step, p).date).map((n) => n.text)))
		),
		descriptions: Object.fromEntries(story.steps.map((step) => [step.id, describeSpan(model, step, facts)]))
	};
}

/** The set of notes with the most text (the first of equals). */
export function longestNotes(sets: readonly (readonly string[])[]): string[] {
	let best: readonly string[] = [];
	const size = (set: readonly string[]) => set.reduce((n, t) => n + t.length + 20, 0);
	for (const set of sets) if (size(set) > size(best)) best = set;
	return [...best];
}
