// A map state as one standalone SVG with every colour written in (no CSS, no scripts): for social
// cards rendered at build time and anywhere a static picture of a step is needed. Pure.
import { geoPath, type GeoProjection } from 'd3-geo';
import type { RegionGeo } from '../geo/region';
import { isNkaoArea } from './areas';
import { PALETTE } from './palette';
import { viewBoxOf, type View } from './camera';
import type { SceneArrow } from './scene';
import { corridorWidth } from './art';
import { escapeXml } from '../text/escape';
import { wrapText } from '../text/wrap';

export interface SnapshotState {
	/** Control areas held by Armenian forces. */
	held: ReadonlySet<string>;
	/** Control areas fought over, front not mapped. */
	contested: ReadonlySet<string>;
	/** Control areas whose control is not mapped. */
	unmapped: ReadonlySet<string>;
	/** Towns marked apart from their areas, by the side holding them. */
	towns: ReadonlyMap<string, 'az' | 'arm'>;
	layers: ReadonlySet<string>;
	/** Highlighted district codes and place ids. */
	highlight: ReadonlySet<string>;
	/** The label of each labelled place (highlighted or marked). */
	labels: ReadonlyMap<string, string>;
	arrows: readonly SceneArrow[];
	/** What the map must say (conventions, claims), printed along its foot. */
	notes: readonly string[];
}

const LINE_STYLE: Record<string, string> = {
	'contact-1994': `stroke="${PALETTE.contact}" stroke-width="3" stroke-dasharray="8 5"`,
	'line-2020': `stroke="${PALETTE.line2020}" stroke-width="3" stroke-dasharray="3 4"`,
	'lachin-road': `stroke="${PALETTE.road}" stroke-width="2.5"`,
	'vardenis-road': `stroke="${PALETTE.road}" stroke-width="2.5"`
};

/**
 * An <svg> of `width` × `height` px showing `view` ("slice": the view fills the box). Stroke widths
 * are given in px and divided by the zoom, since snapshots have no non-scaling strokes.
 */
export function renderSnapshot(
	region: RegionGeo,
	projection: GeoProjection,
	state: SnapshotState,
	view: View,
	width: number,
	height: number
): string {
	const path = geoPath(projection).digits(1);
	const k = Math.max(width / view.w, height / view.h); // px per art unit with "slice"
	const px = (n: number) => (n / k).toFixed(3);
	const out: string[] = [];
	out.push(
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${viewBoxOf(view)}" preserveAspectRatio="xMidYMid slice">`
	);
	out.push(`<rect x="-10000" y="-10000" width="30000" height="30000" fill="${PALETTE.water}"/>`);
	for (const c of region.countries) {
		const fill = c.properties.id === 'AZE' ? PALETTE.land : PALETTE.landOther;
		out.push(`<path d="${path(c)}" fill="${fill}" stroke="#ffffff" stroke-width="${px(1)}"/>`);
	}
	const hatch = (6 / k).toFixed(3);
	out.push(
		`<defs><pattern id="contested-hatch" patternUnits="userSpaceOnUse" width="${hatch}" height="${hatch}" patternTransform="rotate(45)">` +
			`<rect width="${hatch}" height="${hatch}" fill="${PALETTE.az}"/><rect width="${(3 / k).toFixed(3)}" height="${hatch}" fill="${PALETTE.armDistrict}"/></pattern>` +
			`<pattern id="unmapped-hatch" patternUnits="userSpaceOnUse" width="${hatch}" height="${hatch}" patternTransform="rotate(45)">` +
			`<rect width="${hatch}" height="${hatch}" fill="${PALETTE.land}"/><rect width="${(1.5 / k).toFixed(3)}" height="${hatch}" fill="${PALETTE.unmapped}"/></pattern></defs>`
	);
	for (const a of region.areas) {
		const id = a.properties.id;
		const fill = state.unmapped.has(id)
			? 'url(#unmapped-hatch)'
			: state.contested.has(id)
			? 'url(#contested-hatch)'
			: state.held.has(id)
				? isNkaoArea(a.properties.district)
					? PALETTE.armNkao
					: PALETTE.armDistrict
				: PALETTE.az;
		out.push(`<path d="${path(a)}" fill="${fill}"/>`);
	}
	if (state.layers.has('peacekeepers')) {
		const road = region.lines.find((l) => l.properties.id === 'lachin-road');
		if (road) {
			out.push(
				`<path d="${path(road)}" fill="none" stroke="${PALETTE.peacekeepers}" stroke-opacity="0.45" stroke-linecap="round" stroke-width="${corridorWidth(projection).toFixed(2)}"/>`
			);
		}
	}
	for (const f of region.districts) {
		const hl = state.highlight.has(f.properties.code);
		out.push(
			`<path d="${path(f)}" fill="none" stroke="${hl ? PALETTE.highlight : '#9b917e'}" stroke-width="${px(hl ? 3 : 0.8)}"/>`
		);
	}
	if (state.layers.has('nkao')) {
		out.push(`<path d="${path(region.nkao)}" fill="none" stroke="${PALETTE.nkaoLine}" stroke-width="${px(2)}" stroke-dasharray="${px(6)} ${px(4)}"/>`);
	}
	for (const c of region.countries) {
		if (!['ARM', 'AZE', 'IRN'].includes(c.properties.id)) continue;
		out.push(`<path d="${path(c)}" fill="none" stroke="#555555" stroke-width="${px(1.5)}"/>`);
	}
	for (const l of region.lines) {
		if (!state.layers.has(l.properties.id)) continue;
		const style = LINE_STYLE[l.properties.id].replace(/(stroke-width|stroke-dasharray)="([\d. ]+)"/g, (_, attr: string, v: string) =>
			`${attr}="${v.split(' ').map((n) => px(Number(n))).join(' ')}"`
		);
		out.push(`<path d="${path(l)}" fill="none" ${style}/>`);
	}
	for (const a of state.arrows) {
		const colour = a.side === 'arm' ? PALETTE.advanceArm : PALETTE.advanceAz;
		out.push(`<path d="${a.d}" fill="none" stroke="${colour}" stroke-width="${px(5)}" stroke-linecap="round"/>`);
		out.push(`<path d="${a.head}" fill="${colour}"/>`);
	}
	for (const t of region.towns) {
		const label = state.labels.get(t.properties.id);
		if (!label) continue;
		const [x, y] = projection(t.geometry.coordinates as [number, number])!;
		const mark = state.towns.get(t.properties.id);
		const dot = mark === 'az' ? PALETTE.townAz : mark === 'arm' ? PALETTE.townArm : PALETTE.highlight;
		out.push(
			`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${px(mark ? 7 : 6)}" fill="${dot}" stroke="${mark ? PALETTE.highlight : '#ffffff'}" stroke-width="${px(2)}"/>`
		);
		const name = escapeXml(label);
		out.push(
			`<text x="${(x + 10 / k).toFixed(1)}" y="${(y + 7 / k).toFixed(1)}" font-family="DejaVu Sans" font-weight="bold" font-size="${px(22)}" fill="#111111" stroke="#ffffff" stroke-width="${px(5)}" paint-order="stroke" stroke-linejoin="round">${name}</text>`
		);
	}
	if (state.notes.length) {
		// along the foot of the picture, in screen px: a white band with one line per note, wrapped
		const size = 15;
		const lines = state.notes.flatMap((n) => wrapText(`* ${n}`, size, width - 24));
		const h = lines.length * size * 1.3 + 12;
		const x0 = view.cx - width / 2 / k;
		const y0 = view.cy + height / 2 / k - h / k;
		out.push(`<rect x="${x0.toFixed(1)}" y="${y0.toFixed(1)}" width="${(width / k).toFixed(1)}" height="${(h / k).toFixed(1)}" fill="#ffffff" fill-opacity="0.92"/>`);
		lines.forEach((line, i) => {
			const text = escapeXml(line);
			out.push(
				`<text x="${(x0 + 12 / k).toFixed(1)}" y="${(y0 + (6 + size * (1.3 * i + 1)) / k).toFixed(1)}" font-family="DejaVu Sans" font-size="${px(size)}" fill="#111111">${text}</text>`
			);
		});
	}
	out.push('</svg>');
	return out.join('');
}
