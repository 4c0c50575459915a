// Reference weights of the alternatives the design avoids, measured from their npm packages: the
// tarball is fetched with `npm pack` into a temporary folder, the named file is read out of it and
// compressed with zlib gzip level 9. Without the registry a figure is "n/a", never a failure.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

/** What is measured: the package spec and the file a page would load. */
export const REFERENCES = [
	{ name: 'mapbox-gl', spec: 'mapbox-gl@3', file: 'dist/mapbox-gl.js', note: 'WebGL map library' },
	{ name: 'd3', spec: 'd3@7', file: 'dist/d3.min.js', note: 'the whole d3 bundle' },
	{ name: 'scrollama', spec: 'scrollama@3.2.0', file: 'build/scrollama.min.js', note: 'the scroll library used here' }
];

/** A file's bytes from a .tgz, or null. Reads plain ustar entries, GNU long names and pax paths. */
export function fileFromTarball(tgz, wanted) {
	const tar = gunzipSync(tgz);
	const text = (buf) => buf.toString('utf8').replace(/\0[\s\S]*$/, '');
	let longName = null;
	let off = 0;
	while (off + 512 <= tar.length) {
		const header = tar.subarray(off, off + 512);
		if (header.every((b) => b === 0)) break;
		const name = text(header.subarray(0, 100));
		const prefix = text(header.subarray(345, 500));
		const size = parseInt(text(header.subarray(124, 136)).trim() || '0', 8);
		const type = String.fromCharCode(header[156]);
		const body = tar.subarray(off + 512, off + 512 + size);
		off += 512 + Math.ceil(size / 512) * 512;
		if (type === 'L') {
			longName = text(body);
			continue;
		}
		if (type === 'x') {
			longName = /\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1] ?? null;
			continue;
		}
		if (type === 'g') continue;
		const path = longName ?? (prefix ? `${prefix}/${name}` : name);
		longName = null;
		if (path === wanted) return Buffer.from(body);
	}
	return null;
}

function npmPack(spec, dir, signal) {
	return new Promise((ok, fail) => {
		execFile(
			'npm',
			['pack', spec, '--pack-destination', dir, '--json', '--silent', '--no-fund', '--no-audit'],
			{ signal, timeout: 240_000, maxBuffer: 16 << 20 },
			(err, stdout) => {
				if (err) return fail(err);
				try {
					const info = JSON.parse(stdout)[0];
					ok({ version: info.version, tarball: join(dir, info.filename) });
				} catch (e) {
					fail(e);
				}
			}
		);
	});
}

/**
 * Measures every reference: { [name]: { version, file, raw, gzip } | { error } }. `signal` stops the
 * npm processes early.
 */
export async function measureReferences(dir, signal) {
	const entries = await Promise.all(
		REFERENCES.map(async (r) => {
			try {
				const { version, tarball } = await npmPack(r.spec, dir, signal);
				const body = fileFromTarball(await readFile(tarball), `package/${r.file}`);
				if (!body) throw new Error(`${r.file} not in the tarball`);
				return [r.name, { spec: r.spec, version, file: r.file, raw: body.length, gzip: gzipSync(body, { level: 9 }).length }];
			} catch (err) {
				const message = String(err?.message ?? err).split('\n')[0];
				return [r.name, { spec: r.spec, file: r.file, error: message }];
			}
		})
	);
	return Object.fromEntries(entries);
}
