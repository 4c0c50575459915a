// The map's geometry as static SVG markup, projected once (at build time) into the art's fixed
// coordinate space. The page inserts it into the map's <svg> on the server; after that only attributes
// on the <svg> change (viewBox, who holds what, highlights, layers), and the CSS rules below, generated
// from the same ids, turn those attributes into colour. Pure: the same input gives the same string.
import { geoPath, type GeoProjection } from 'd3-geo';
import type { RegionGeo } from '../geo/region';
import { isNkaoArea } from './areas';
import { LAYER_IDS } from './vocabulary';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The map's static geometry, as the inner markup of its <svg>. */
export function renderArt(region: RegionGeo, projection: GeoProjection): string {
	const path = geoPath(projection).digits(1);
	const d = (f: Parameters<typeof path>[0]) => path(f) ?? '';
	const out: string[] = [];
	out.push(`<style>${artRules(region)}</style>`);
	out.push('<g class="countries">');
	for (const c of region.countries) {
		out.push(`<path class="country" data-country="${esc(c.properties.id)}" d="${d(c)}"/>`);
	}
	out.push('</g><g class="areas">');
	for (const a of region.areas) {
		const part = isNkaoArea(a.properties.district) ? ' nkao-part' : '';
		out.push(`<path class="area${part}" data-area="${esc(a.properties.id)}" d="${d(a)}"/>`);
	}
	out.push('</g><g class="districts">');
	for (const f of region.districts) {
		out.push(`<path class="district" data-code="${esc(f.properties.code)}" d="${d(f)}"/>`);
	}
	out.push(`</g><path class="nkao" d="${d(region.nkao)}"/>`);
	out.push('<g class="country-borders">');
	for (const c of region.countries) {
		if (c.properties.id === 'ARM' || c.properties.id === 'AZE' || c.properties.id === 'IRN') {
			out.push(`<path class="border" d="${d(c)}"/>`);
		}
	}
	out.push('</g><g class="lines">');
	for (const l of region.lines) {
		out.push(`<path class="line" data-line="${esc(l.properties.id)}" d="${d(l)}"/>`);
	}
	out.push('</g><g class="towns">');
	for (const t of region.towns) {
		const [x, y] = projection(t.geometry.coordinates as [number, number])!;
		out.push(`<circle class="town" data-place="${esc(t.properties.id)}" cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="3"/>`);
	}
	out.push('</g>');
	return out.join('');
}

/**
 * CSS that turns the <svg>'s state attributes into styles: `data-arm` lists the areas held by Armenian
 * forces, `data-hl` the highlighted districts and places, `data-layers` the optional layers shown.
 */
export function artRules(region: RegionGeo): string {
	const areaIds = region.areas.map((a) => a.properties.id);
	const rule = (selectors: string[], body: string) => `${selectors.join(',')}{${body}}`;
	// selectors start with `svg` and name the element's class so they outrank the Map's base styles
	return [
		rule(areaIds.map((id) => `svg[data-arm~="${id}"] path.area[data-area="${id}"]`), 'fill:var(--arm-district)'),
		rule(areaIds.map((id) => `svg[data-arm~="${id}"] path.area.nkao-part[data-area="${id}"]`), 'fill:var(--arm-nkao)'),
		rule(
			region.districts.map((f) => `svg[data-hl~="${f.properties.code}"] path.district[data-code="${f.properties.code}"]`),
			'stroke:var(--highlight);stroke-width:2.5px'
		),
		rule(
			region.towns.map((t) => `svg[data-hl~="${t.properties.id}"] circle.town[data-place="${t.properties.id}"]`),
			'fill:var(--highlight);r:4.5px;opacity:1'
		),
		rule(
			LAYER_IDS.flatMap((id) => [`svg[data-layers~="${id}"] path.line[data-line="${id}"]`, `svg[data-layers~="${id}"] path.${id}`]),
			'opacity:1'
		)
	].join('');
}
