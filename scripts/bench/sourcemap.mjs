// Maps a position in a built script back to the project's source, through the hidden source maps the
// bench builds with (`vite build --sourcemap hidden`: .map files beside the scripts, no comment in
// them, so the measured bytes do not change). Only for naming the functions behind a long task.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** Decodes a source map's `mappings` into, per generated line, [column, source, line, column, name?] segments. */
export function decodeMappings(mappings) {
	const lines = [];
	let source = 0;
	let srcLine = 0;
	let srcCol = 0;
	let name = 0;
	for (const text of mappings.split(';')) {
		const segments = [];
		let col = 0;
		for (const seg of text.split(',')) {
			if (!seg) continue;
			const values = [];
			let value = 0;
			let shift = 0;
			for (const ch of seg) {
				const digit = B64[ch];
				value += (digit & 31) << shift;
				if (digit & 32) shift += 5;
				else {
					values.push(value & 1 ? -(value >>> 1) : value >>> 1);
					value = 0;
					shift = 0;
				}
			}
			col += values[0];
			if (values.length >= 4) {
				source += values[1];
				srcLine += values[2];
				srcCol += values[3];
				if (values.length >= 5) name += values[4];
				segments.push(values.length >= 5 ? [col, source, srcLine, srcCol, name] : [col, source, srcLine, srcCol]);
			}
		}
		lines.push(segments);
	}
	return lines;
}

/**
 * Resolvers for script URLs served from `root` (build/): `at(url, line, column)` (0-based, as in V8's
 * call frames) and `atOffset(url, charOffset)` (as in long-animation-frame entries) give
 * "src/…/file.ts:42 name", or null without a map.
 */
export function sourceResolver(root) {
	const at = lineResolver(root);
	const texts = new Map();
	const atOffset = (url, offset) => {
		let path;
		try {
			path = new URL(url).pathname;
		} catch {
			return null;
		}
		if (!texts.has(path)) {
			const file = join(root, path);
			texts.set(path, existsSync(file) ? readFileSync(file, 'utf8') : null);
		}
		const text = texts.get(path);
		if (text == null || offset < 0 || offset > text.length) return null;
		const before = text.slice(0, offset);
		const line = before.split('\n').length - 1;
		return at(url, line, offset - (before.lastIndexOf('\n') + 1));
	};
	return { at, atOffset };
}

function lineResolver(root) {
	const maps = new Map();
	const load = (path) => {
		if (!maps.has(path)) {
			const file = join(root, path) + '.map';
			let map = null;
			if (existsSync(file)) {
				try {
					const raw = JSON.parse(readFileSync(file, 'utf8'));
					map = { sources: raw.sources, names: raw.names ?? [], lines: decodeMappings(raw.mappings) };
				} catch {
					map = null;
				}
			}
			maps.set(path, map);
		}
		return maps.get(path);
	};
	return (url, line, column) => {
		let path;
		try {
			path = new URL(url).pathname;
		} catch {
			return null;
		}
		const map = load(path);
		const segments = map?.lines[line];
		if (!segments?.length) return null;
		let lo = 0;
		let hi = segments.length - 1;
		if (segments[0][0] > column) return null;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (segments[mid][0] <= column) lo = mid;
			else hi = mid - 1;
		}
		const [, source, srcLine, , name] = segments[lo];
		const file = String(map.sources[source] ?? '?')
			.replace(/^(\.\.\/)+/, '')
			.replace(/^.*node_modules\//, 'node_modules/');
		return `${file}:${srcLine + 1}${name != null && map.names[name] ? ` ${map.names[name]}` : ''}`;
	};
}
