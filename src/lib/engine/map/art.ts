// The map's geometry as static SVG markup, projected once (at build time) into the art's fixed
// coordinate space. The page inserts it into the map's <svg> on the server; after that only attributes
// on the <svg> change (viewBox, who holds what, highlights, layers), and the CSS rules below, generated
// from the same ids and the story's domain (fills, line styles), turn those attributes into colour.
// Pure: the same input gives the same string.
import { geoPath, geoCentroid, type GeoProjection } from 'd3-geo';
import type { Feature, LineString, MultiLineString } from 'geojson';
import type { DomainData } from '../domain';
import type { RegionGeo } from '../geo/region';
import { thinned } from './thin';
import { escapeXml as esc } from '../text/escape';

/** The locator's point spacing, in its units (px at full size). */
const LOCATOR_TOLERANCE = 0.8;

/** The domain's parts the art needs. */
export type ArtDomain = Pick<DomainData, 'countries' | 'layers' | 'fills' | 'sides' | 'base' | 'primary' | 'focus'>;

/** A dot's path: a zero-length segment at (x, y), drawn by its stroke's round cap. */
export function townDot(x: number, y: number): string {
	return `M${x.toFixed(1)} ${y.toFixed(1)}h0`;
}

const groupClass = (domain: ArtDomain, district: string | null) =>
	district !== null && domain.focus.includes(district) ? 'focus' : 'outline';

/** The map's static geometry, as the inner markup of its <svg>. */
export function renderArt(region: RegionGeo, projection: GeoProjection, domain: ArtDomain): string {
	const path = geoPath(projection).digits(1);
	const d = (f: Parameters<typeof path>[0]) => path(f) ?? '';
	const out: string[] = [];
	out.push(`<style>${artRules(region, domain)}</style>`);
	out.push('<g class="countries">');
	for (const c of region.countries) {
		const focus = c.properties.id === domain.countries.focus ? ' focus' : '';
		out.push(`<path class="country${focus}" data-country="${esc(c.properties.id)}" d="${d(c)}"/>`);
	}
	out.push('</g><g class="areas">');
	for (const a of region.areas) {
		const id = esc(a.properties.id);
		out.push(`<path class="area ${groupClass(domain, a.properties.district)}" id="area-${id}" data-area="${id}" d="${d(a)}"/>`);
	}
	out.push('</g><g class="districts">');
	for (const f of region.districts) {
		out.push(`<path class="district" data-code="${esc(f.properties.code)}" d="${d(f)}"/>`);
	}
	out.push(`</g><path class="outline" d="${d(region.outline)}"/>`);
	out.push('<g class="country-borders">');
	for (const c of region.countries) {
		if (domain.countries.borders.includes(c.properties.id)) out.push(`<path class="border" d="${d(c)}"/>`);
	}
	out.push('</g>');
	// fought over, front not mapped: a hatch of the primary side's fill over the base side's; control not
	// mapped: a grey hatch over the land
	const fill = (side: string) => domain.fills[side].focus;
	out.push(
		'<defs>' +
			hatch('contested-hatch', fill(domain.base), fill(domain.primary), 3) +
			hatch('unmapped-hatch', 'land', 'unmapped', 1.5) +
			'</defs>'
	);
	// bands along a line (a corridor of a given width), drawn under the lines
	out.push('<g class="bands">');
	for (const [id, layer] of Object.entries(domain.layers)) {
		if (layer.kind !== 'band' || !layer.line) continue;
		const line = region.lines.find((l) => l.properties.id === layer.line);
		if (line)
			out.push(
				`<path class="band" data-band="${esc(id)}" d="${d(line)}" stroke-width="${bandWidth(projection, line, layer.widthKm ?? 1).toFixed(2)}"/>`
			);
	}
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

/** A hatch of two colour tokens, `stripe` art units of the second over the first. */
function hatch(id: string, base: string, stripe: string, width: number): string {
	return (
		`<pattern id="${id}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
		`<rect width="6" height="6" style="fill:var(--${base})"/><rect width="${width}" height="6" style="fill:var(--${stripe})"/></pattern>`
	);
}

/** A band `km` wide along a line, in art units at the line's latitude (Mercator: north–south scale). */
export function bandWidth(projection: GeoProjection, line: Feature<LineString | MultiLineString>, km: number): number {
	const [lon, lat] = geoCentroid(line);
	const [, y0] = projection([lon, lat])!;
	const [, y1] = projection([lon, lat + km / 111.2])!;
	return Math.abs(y1 - y0);
}

/** The locator map: the countries around the region and the outline, as inner markup of its <svg>. */
export function renderLocator(region: RegionGeo, projection: GeoProjection, domain: ArtDomain): string {
	// drawn 76–132 px wide: points under a pixel apart are dropped (a third of the bytes)
	const path = geoPath(thinned(projection, LOCATOR_TOLERANCE)).digits(1);
	const out: string[] = [];
	for (const c of region.countries) {
		const cls = domain.countries.locator.includes(c.properties.id) ? 'loc-country focus' : 'loc-country';
		out.push(`<path class="${cls}" d="${path(c) ?? ''}"/>`);
	}
	out.push(`<path class="loc-outline" d="${path(region.outline) ?? ''}"/>`);
	return out.join('');
}

/**
 * CSS that turns the <svg>'s state attributes into styles: `data-held` lists `<side>:<area>` for the
 * areas each side holds (other than the base side, whose fill is every area's default),
 * `data-contested` and `data-unmapped` the areas under those statuses, `data-hl` the highlighted
 * districts and places, `data-town` `<side>:<town>` for the towns marked apart from their areas,
 * `data-layers` the layers shown. A fixed set of attributes, whatever sides a story has. Line styles
 * and fills are the domain's, in colour tokens.
 */
export function artRules(region: RegionGeo, domain: ArtDomain): string {
	const areaIds = region.areas.map((a) => a.properties.id);
	const rule = (selectors: string[], body: string) => (selectors.length ? `${selectors.join(',')}{${body}}` : '');
	const sides = Object.keys(domain.sides);
	const rules: string[] = [];
	// selectors start with `svg` and name the element's class so they outrank the Map's base styles
	rules.push(rule(['svg path.area'], `fill:var(--${domain.fills[domain.base].focus})`));
	for (const side of sides) {
		if (side === domain.base) continue;
		for (const group of ['focus', 'outline'] as const) {
			rules.push(
				rule(
					areaIds.map((id) => `svg[data-held~="${side}:${id}"] path.area.${group}[data-area="${id}"]`),
					`fill:var(--${domain.fills[side][group]})`
				)
			);
		}
	}
	rules.push(
		rule(
			areaIds.map((id) => `svg[data-contested~="${id}"] path.area[data-area="${id}"]`),
			'fill:url(#contested-hatch)'
		)
	);
	rules.push(
		rule(
			areaIds.map((id) => `svg[data-unmapped~="${id}"] path.area[data-area="${id}"]`),
			'fill:url(#unmapped-hatch)'
		)
	);
	rules.push(
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
		)
	);
	for (const side of sides) {
		rules.push(
			rule(
				region.towns.map((t) => `svg[data-town~="${side}:${t.properties.id}"] path.town[data-place="${t.properties.id}"]`),
				`stroke:var(--town-${side});stroke-width:9px;opacity:1`
			),
			rule(
				region.towns.map((t) => `svg[data-town~="${side}:${t.properties.id}"] path.town-halo[data-place="${t.properties.id}"]`),
				'stroke:var(--highlight);stroke-width:13px;opacity:1'
			)
		);
	}
	// each layer: its style, and shown while its id is in data-layers
	for (const [id, layer] of Object.entries(domain.layers)) {
		const s = layer.style;
		if (layer.kind === 'line' && s) {
			rules.push(
				rule(
					[`svg path.line[data-line="${id}"]`],
					`stroke:var(--${s.colour});stroke-width:${s.width}px${s.dash ? `;stroke-dasharray:${s.dash}` : ''}`
				)
			);
			rules.push(rule([`svg[data-layers~="${id}"] path.line[data-line="${id}"]`], 'opacity:1'));
		} else if (layer.kind === 'outline' && s) {
			rules.push(
				rule(['svg path.outline'], `stroke:var(--${s.colour});stroke-width:${s.width}px${s.dash ? `;stroke-dasharray:${s.dash}` : ''}`)
			);
			rules.push(rule([`svg[data-layers~="${id}"] path.outline`], 'opacity:1'));
		} else if (layer.kind === 'band' && s) {
			rules.push(rule([`svg path.band[data-band="${id}"]`], `stroke:var(--${s.colour})`));
			rules.push(rule([`svg[data-layers~="${id}"] path.band[data-band="${id}"]`], `opacity:${layer.opacity ?? 0.45}`));
		} else if (layer.kind === 'towns') {
			rules.push(rule([`svg[data-layers~="${id}"] path.town`, `svg[data-layers~="${id}"] path.town-halo`], 'opacity:1'));
		}
	}
	return rules.filter(Boolean).join('');
}
