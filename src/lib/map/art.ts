// The map's geometry as static SVG markup, projected once (at build time) into the art's fixed
// coordinate space. The page inserts it into the map's <svg> on the server; after that only attributes
// on the <svg> change (viewBox, who holds what, highlights, layers), and the CSS rules below, generated
// from the same ids, turn those attributes into colour. Pure: the same input gives the same string.
import { geoPath, type GeoProjection } from 'd3-geo';
import type { RegionGeo } from '../geo/region';
import { isNkaoArea } from './areas';
import { LAYER_IDS } from './vocabulary';
import { thinned } from './thin';
import { escapeXml } from '../text/escape';

/** The locator's point spacing, in its units (px at full size). */
const LOCATOR_TOLERANCE = 0.8;

const esc = escapeXml;

/** A dot's path: a zero-length segment at (x, y), drawn by its stroke's round cap. */
export function townDot(x: number, y: number): string {
	return `M${x.toFixed(1)} ${y.toFixed(1)}h0`;
}

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
		const id = esc(a.properties.id);
		out.push(`<path class="area${part}" id="area-${id}" data-area="${id}" d="${d(a)}"/>`);
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
	// fought over, front not mapped: a hatch in the two sides' colours (filled by the rules below)
	out.push('</g>');
	out.push(
		'<defs><pattern id="contested-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">' +
			'<rect width="6" height="6" style="fill:var(--az)"/><rect width="3" height="6" style="fill:var(--arm-district)"/></pattern>' +
			'<pattern id="unmapped-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">' +
			'<rect width="6" height="6" style="fill:var(--land)"/><rect width="1.5" height="6" style="fill:var(--unmapped)"/></pattern></defs>'
	);
	// the corridor under Russian peacekeepers (layer 'peacekeepers'): a band about 5 km wide along the
	// corridor road (FACTS.md, [C])
	out.push('<g class="peacekeepers">');
	const road = region.lines.find((l) => l.properties.id === 'lachin-road');
	if (road) out.push(`<path class="corridor" d="${d(road)}" stroke-width="${corridorWidth(projection).toFixed(2)}"/>`);
	out.push('</g><g class="lines">');
	for (const l of region.lines) {
		out.push(`<path class="line" data-line="${esc(l.properties.id)}" d="${d(l)}"/>`);
	}
	// a town is a dot that keeps its size on screen at every zoom: a zero-length path with a round cap
	// and a non-scaling stroke (a circle's radius would grow with the camera's zoom), over a white halo
	out.push('</g><g class="towns">');
	for (const t of region.towns) {
		const [x, y] = projection(t.geometry.coordinates as [number, number])!;
		const at = `data-place="${esc(t.properties.id)}" d="${townDot(x, y)}"`;
		out.push(`<path class="town-halo" ${at}/><path class="town" ${at}/>`);
	}
	out.push('</g>');
	return out.join('');
}

/** The corridor's width, about 5 km (FACTS.md), in art units at the corridor's latitude. */
export function corridorWidth(projection: GeoProjection): number {
	const [, y0] = projection([46.55, 39.6])!;
	const [, y1] = projection([46.55, 39.6 + 5 / 111.2])!;
	return Math.abs(y1 - y0);
}

/** The locator map: the countries of the Caucasus, the region's box, as inner markup of its <svg>. */
export function renderLocator(region: RegionGeo, projection: GeoProjection): string {
	// drawn 76–132 px wide: points under a pixel apart are dropped (a third of the bytes)
	const path = geoPath(thinned(projection, LOCATOR_TOLERANCE)).digits(1);
	const out: string[] = [];
	for (const c of region.countries) {
		const cls = c.properties.id === 'AZE' || c.properties.id === 'ARM' ? 'loc-country focus' : 'loc-country';
		out.push(`<path class="${cls}" d="${path(c) ?? ''}"/>`);
	}
	out.push(`<path class="loc-nkao" d="${path(region.nkao) ?? ''}"/>`);
	return out.join('');
}

/**
 * CSS that turns the <svg>'s state attributes into styles: `data-arm` lists the areas held by Armenian
 * forces, `data-contested` those fought over, `data-hl` the highlighted districts and places,
 * `data-town-az` / `data-town-arm` the towns marked apart from their areas, `data-layers` the layers shown.
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
			region.towns.map((t) => `svg[data-hl~="${t.properties.id}"] path.town[data-place="${t.properties.id}"]`),
			'stroke:var(--highlight);stroke-width:9px;opacity:1'
		),
		rule(
			region.towns.map((t) => `svg[data-hl~="${t.properties.id}"] path.town-halo[data-place="${t.properties.id}"]`),
			'stroke-width:12px;opacity:1'
		),
		rule(
			LAYER_IDS.flatMap((id) => [`svg[data-layers~="${id}"] path.line[data-line="${id}"]`, `svg[data-layers~="${id}"] path.${id}`]),
			'opacity:1'
		),
		rule(areaIds.map((id) => `svg[data-contested~="${id}"] path.area[data-area="${id}"]`), 'fill:url(#contested-hatch)'),
		rule(areaIds.map((id) => `svg[data-unmapped~="${id}"] path.area[data-area="${id}"]`), 'fill:url(#unmapped-hatch)'),
		...(['az', 'arm'] as const).flatMap((side) => [
			rule(
				region.towns.map((t) => `svg[data-town-${side}~="${t.properties.id}"] path.town[data-place="${t.properties.id}"]`),
				`stroke:var(--town-${side});stroke-width:9px;opacity:1`
			),
			rule(
				region.towns.map((t) => `svg[data-town-${side}~="${t.properties.id}"] path.town-halo[data-place="${t.properties.id}"]`),
				'stroke:var(--highlight);stroke-width:13px;opacity:1'
			)
		]),
		rule(['svg[data-layers~="peacekeepers"] path.corridor'], 'opacity:0.45')
	].join('');
}
