// A map state as one standalone SVG with every colour written in (no CSS, no scripts): for social
// cards rendered at build time and the static map of each step read without JavaScript. Colours come
// from the resolved vocabulary, styles from the story's domain, exactly as the live map's. Pure.
import { geoPath, type GeoProjection } from 'd3-geo';
import type { RegionGeo } from '../geo/region';
import { viewBoxOf, type View } from './camera';
import type { SceneArrow } from './scene';
import { bandWidth, type ArtDomain } from './art';
import { escapeXml } from '../text/escape';
import { wrapText } from '../text/wrap';

export interface SnapshotState {
	/** Each area's status: a side, 'contested' or 'unmapped'. */
	status: Readonly<Record<string, string>>;
	/** Towns marked apart from their areas, by the side holding them. */
	towns: ReadonlyMap<string, string>;
	layers: ReadonlySet<string>;
	/** Highlighted district codes and place ids. */
	highlight: ReadonlySet<string>;
	/** The label of each labelled place (highlighted or marked). */
	labels: ReadonlyMap<string, string>;
	arrows: readonly SceneArrow[];
	/** What the map must say (conventions, claims), printed along its foot. */
	notes: readonly string[];
}

/**
 * An <svg> of `width` × `height` px showing `view` ("slice": the view fills the box). Stroke widths
 * are given in px and divided by the zoom, since snapshots have no non-scaling strokes.
 */
export function renderSnapshot(
	region: RegionGeo,
	projection: GeoProjection,
	domain: ArtDomain,
	colours: Readonly<Record<string, string>>,
	state: SnapshotState,
	view: View,
	width: number,
	height: number
): string {
	const c = (token: string) => colours[token] ?? colours.ink;
	const path = geoPath(projection).digits(1);
	const k = Math.max(width / view.w, height / view.h); // px per art unit with "slice"
	const px = (n: number) => (n / k).toFixed(3);
	const out: string[] = [];
	out.push(
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${viewBoxOf(view)}" preserveAspectRatio="xMidYMid slice">`
	);
	out.push(`<rect x="-10000" y="-10000" width="30000" height="30000" fill="${c('water')}"/>`);
	for (const country of region.countries) {
		const fill = country.properties.id === domain.countries.focus ? c('land') : c('land-other');
		out.push(`<path d="${path(country)}" fill="${fill}" stroke="${c('country-line')}" stroke-width="${px(1)}"/>`);
	}
	const hatch = (id: string, base: string, stripe: string, w: number) => {
		const size = (6 / k).toFixed(3);
		return (
			`<pattern id="${id}" patternUnits="userSpaceOnUse" width="${size}" height="${size}" patternTransform="rotate(45)">` +
			`<rect width="${size}" height="${size}" fill="${c(base)}"/><rect width="${(w / k).toFixed(3)}" height="${size}" fill="${c(stripe)}"/></pattern>`
		);
	};
	const fills = domain.fills;
	out.push(
		`<defs>${hatch('contested-hatch', fills[domain.base].focus, fills[domain.primary].focus, 3)}${hatch('unmapped-hatch', 'land', 'unmapped', 1.5)}</defs>`
	);
	for (const a of region.areas) {
		const status = state.status[a.properties.id] ?? domain.base;
		const group = a.properties.district !== null && domain.focus.includes(a.properties.district) ? 'focus' : 'outline';
		const fill =
			status === 'contested' || status === 'unmapped' ? `url(#${status}-hatch)` : c(fills[status]?.[group] ?? fills[domain.base].focus);
		out.push(`<path d="${path(a)}" fill="${fill}"/>`);
	}
	for (const [id, layer] of Object.entries(domain.layers)) {
		if (layer.kind !== 'band' || !layer.style || !state.layers.has(id)) continue;
		const line = region.lines.find((l) => l.properties.id === layer.line);
		if (!line) continue;
		out.push(
			`<path d="${path(line)}" fill="none" stroke="${c(layer.style.colour)}" stroke-opacity="${layer.opacity ?? 0.45}" stroke-linecap="round" stroke-width="${bandWidth(projection, line, layer.widthKm ?? 1).toFixed(2)}"/>`
		);
	}
	for (const f of region.districts) {
		const hl = state.highlight.has(f.properties.code);
		out.push(`<path d="${path(f)}" fill="none" stroke="${hl ? c('highlight') : c('unit-line')}" stroke-width="${px(hl ? 3 : 0.8)}"/>`);
	}
	const dash = (d: string | undefined) =>
		d
			? ` stroke-dasharray="${d
					.split(' ')
					.map((n) => px(Number(n) * 1.2))
					.join(' ')}"`
			: '';
	for (const [id, layer] of Object.entries(domain.layers)) {
		if (layer.kind !== 'outline' || !layer.style || !state.layers.has(id)) continue;
		out.push(
			`<path d="${path(region.outline)}" fill="none" stroke="${c(layer.style.colour)}" stroke-width="${px(layer.style.width * 1.25)}"${dash(layer.style.dash)}/>`
		);
	}
	for (const country of region.countries) {
		if (!domain.countries.borders.includes(country.properties.id)) continue;
		out.push(`<path d="${path(country)}" fill="none" stroke="${c('border')}" stroke-width="${px(1.5)}"/>`);
	}
	for (const l of region.lines) {
		const layer = domain.layers[l.properties.id];
		if (!state.layers.has(l.properties.id) || !layer?.style) continue;
		out.push(
			`<path d="${path(l)}" fill="none" stroke="${c(layer.style.colour)}" stroke-width="${px(layer.style.width * 1.25)}"${dash(layer.style.dash)}/>`
		);
	}
	for (const a of state.arrows) {
		const colour = c(`advance-${a.side}`);
		out.push(`<path d="${a.d}" fill="none" stroke="${colour}" stroke-width="${px(5)}" stroke-linecap="round"/>`);
		out.push(`<path d="${a.head}" fill="${colour}"/>`);
	}
	for (const t of region.towns) {
		const label = state.labels.get(t.properties.id);
		if (!label) continue;
		const [x, y] = projection(t.geometry.coordinates as [number, number])!;
		const mark = state.towns.get(t.properties.id);
		const dot = mark ? c(`town-${mark}`) : c('highlight');
		out.push(
			`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${px(mark ? 7 : 6)}" fill="${dot}" stroke="${mark ? c('highlight') : c('halo')}" stroke-width="${px(2)}"/>`
		);
		out.push(
			`<text x="${(x + 10 / k).toFixed(1)}" y="${(y + 7 / k).toFixed(1)}" font-family="DejaVu Sans" font-weight="bold" font-size="${px(22)}" fill="${c('ink-strong')}" stroke="${c('halo')}" stroke-width="${px(5)}" paint-order="stroke" stroke-linejoin="round">${escapeXml(label)}</text>`
		);
	}
	if (state.notes.length) {
		// along the foot of the picture, in screen px: a white band with the notes, wrapped
		const size = 15;
		const lines = state.notes.flatMap((n) => wrapText(`* ${n}`, size, width - 24));
		const h = lines.length * size * 1.3 + 12;
		const x0 = view.cx - width / 2 / k;
		const y0 = view.cy + height / 2 / k - h / k;
		out.push(
			`<rect x="${x0.toFixed(1)}" y="${y0.toFixed(1)}" width="${(width / k).toFixed(1)}" height="${(h / k).toFixed(1)}" fill="${c('card')}" fill-opacity="0.92"/>`
		);
		lines.forEach((line, i) => {
			out.push(
				`<text x="${(x0 + 12 / k).toFixed(1)}" y="${(y0 + (6 + size * (1.3 * i + 1)) / k).toFixed(1)}" font-family="DejaVu Sans" font-size="${px(size)}" fill="${c('ink-strong')}">${escapeXml(line)}</text>`
			);
		});
	}
	out.push('</svg>');
	return out.join('');
}
