// The district-areas chart's bars: the outline first (emphasised), then each district, km² from the geodata.
import { districtKm2 } from '../../data';
import type { ChartContext } from '../../types';
import type { DistrictAreasSpec } from './schema';

export function areaItems(spec: DistrictAreasSpec, { model, facts, outlineKm2 }: ChartContext) {
	return [
		{ label: model.domain.words.outline.label, value: outlineKm2, emphasis: true },
		...districtKm2(spec.districts, facts).map((d) => ({ label: model.unitName(d.code), value: d.km2, emphasis: false }))
	];
}
