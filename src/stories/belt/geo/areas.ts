// Builds the former NKAO polygon (snapped to district borders) and the atomic control "areas" that tile the
// seven districts and the former NKAO, split by the 1994 line of contact and the line of 10 November 2020.
// All clipping is polygon-clipping on the corrected district polygons, so areas share borders with the
// districts and with each other exactly.

import polygonClipping from 'polygon-clipping';
import { AREA_IDS, type AreaId } from '../domain/control';
import { SEVEN_DISTRICTS, type DistrictCode } from '../domain/districts';
import { GeoBuildError } from '../../../lib/engine/geo/build/errors';
import type { Pos } from '../../../lib/engine/geo/build/layers';
import { multiAreaKm2, type PcMulti } from '../../../lib/engine/geo/build/polygons';

/** Districts formed in 1991 wholly out of the NKAO's raions: taken whole into the NKAO polygon. */
export const NKAO_WHOLE_DISTRICTS: readonly DistrictCode[] = ['AZ-XCI', 'AZ-XA', 'AZ-SUS', 'AZ-XVD'];
/** Districts only partly in the former NKAO: the hand-drawn outline cuts the NKAO's share out of them. */
export const NKAO_PART_DISTRICTS: readonly DistrictCode[] = ['AZ-TAR', 'AZ-KAL'];

export interface AreaInput {
	readonly districts: ReadonlyMap<DistrictCode, PcMulti>;
	/** Hand-drawn NKAO outline ring. */
	readonly nkaoOutline: readonly Pos[];
	/** Ring enclosing the Azerbaijani-held side of the 1994–2020 line of contact. */
	readonly az1994: readonly Pos[];
	/** Ring enclosing the Azerbaijani-held south on 10 November 2020. */
	readonly az2020South: readonly Pos[];
	/** Ring enclosing the Talish and Madagiz area. */
	readonly talish: readonly Pos[];
}

export interface Area {
	readonly id: AreaId;
	/** The district holding (nearly) all of the area, else null. */
	readonly district: DistrictCode | null;
	readonly geometry: PcMulti;
	readonly km2: number;
}

const { union, intersection, difference } = polygonClipping;
const ring = (r: readonly Pos[]): PcMulti => [[r.map((p) => [p[0], p[1]] as [number, number])]];

function need(d: ReadonlyMap<DistrictCode, PcMulti>, code: DistrictCode): PcMulti {
	const g = d.get(code);
	if (!g || g.length === 0) throw new GeoBuildError(`areas: district ${code} is missing`);
	return g;
}

/** The former NKAO: whole districts ∪ (part districts ∩ hand-drawn outline). */
export function buildNkao(input: Pick<AreaInput, 'districts' | 'nkaoOutline'>): PcMulti {
	const whole = NKAO_WHOLE_DISTRICTS.map((c) => need(input.districts, c));
	const parts = NKAO_PART_DISTRICTS.map((c) => intersection(need(input.districts, c), ring(input.nkaoOutline)));
	const [first, ...rest] = [...whole, ...parts];
	return union(first, ...rest);
}

/** Share of `g`'s area inside `d`, 0…1. */
function shareIn(g: PcMulti, d: PcMulti): number {
	const a = multiAreaKm2(g);
	return a === 0 ? 0 : multiAreaKm2(intersection(g, d)) / a;
}

export function buildAreas(input: AreaInput): { nkao: PcMulti; areas: Area[] } {
	const D = (c: DistrictCode) => need(input.districts, c);
	const N = buildNkao(input);
	const A94 = ring(input.az1994);
	const T = difference(ring(input.talish), A94);
	const A20 = union(ring(input.az2020South), A94, T);
	const outside = (c: DistrictCode) => difference(D(c), N);

	const agdam = outside('AZ-AGM');
	const fuzuli = outside('AZ-FUZ');
	const lachin = outside('AZ-LAC');
	const nkaoAz2020 = difference(intersection(N, A20), A94, T);
	const shushaDistrict = D('AZ-SUS');

	const recipes: Record<AreaId, () => PcMulti> = {
		kalbajar: () => outside('AZ-KAL'),
		'lachin-north': () => difference(lachin, A20),
		'lachin-south': () => intersection(lachin, A20),
		qubadli: () => outside('AZ-QBI'),
		zangilan: () => outside('AZ-ZAN'),
		jabrayil: () => outside('AZ-CAB'),
		'agdam-west': () => difference(agdam, A94),
		'agdam-east': () => intersection(agdam, A94),
		'fuzuli-west': () => difference(fuzuli, A94),
		'fuzuli-east': () => intersection(fuzuli, A94),
		'nkao-core': () => difference(N, A20),
		'nkao-east': () => intersection(N, A94),
		'nkao-south': () => difference(nkaoAz2020, shushaDistrict),
		shusha: () => intersection(nkaoAz2020, shushaDistrict),
		talish: () => intersection(N, T)
	};

	const candidates = [...input.districts.keys()];
	const areas = AREA_IDS.map((id): Area => {
		const geometry = recipes[id]();
		const km2 = multiAreaKm2(geometry);
		if (km2 < 1) throw new GeoBuildError(`area "${id}" is empty (${km2.toFixed(2)} km²): check the hand-drawn lines`);
		const home = candidates.find((c) => shareIn(geometry, D(c)) >= 0.99) ?? null;
		return { id, district: home, geometry, km2 };
	});

	// The areas must tile the seven districts + the NKAO: same total area, no overlaps.
	const domain = union(N, ...SEVEN_DISTRICTS.map(D));
	const domainKm2 = multiAreaKm2(domain);
	const sum = areas.reduce((s, a) => s + a.km2, 0);
	if (Math.abs(sum - domainKm2) > 0.002 * domainKm2)
		throw new GeoBuildError(`areas: total ${sum.toFixed(0)} km² differs from the seven districts + NKAO (${domainKm2.toFixed(0)} km²)`);
	return { nkao: N, areas };
}
