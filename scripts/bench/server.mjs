// A tiny static server for the bench: serves build/ on 127.0.0.1 at a free port, the way a plain static
// host does (folder/index.html, a redirect to the trailing slash, gzip for text, ETag revalidation, long
// caching for SvelteKit's immutable files), and stops with close().
// In-process, so nothing is left running when the bench ends, whatever happens.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml'
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

/**
 * Serves `root` until close(). Resolves once listening: { url, close }.
 * @param {string} root
 */
export async function serveStatic(root) {
	const top = resolve(root);
	/** @type {Map<string, { body: Buffer, gz: Buffer | null, type: string, etag: string }>} */
	const cache = new Map();

	async function load(file) {
		let hit = cache.get(file);
		if (!hit) {
			const body = await readFile(file);
			const type = TYPES[extname(file)] ?? 'application/octet-stream';
			const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`;
			hit = { body, type, etag, gz: COMPRESSIBLE.test(type) ? gzipSync(body, { level: 6 }) : null };
			cache.set(file, hit);
		}
		return hit;
	}

	const server = createServer(async (req, res) => {
		try {
			const url = new URL(req.url ?? '/', 'http://localhost');
			const rel = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
			let file = join(top, rel);
			if (file !== top && !file.startsWith(top + sep)) return send(res, 403, 'forbidden');
			let info = await stat(file).catch(() => null);
			if (info?.isDirectory()) {
				if (!url.pathname.endsWith('/')) {
					res.writeHead(301, { location: url.pathname + '/' + url.search });
					return res.end();
				}
				file = join(file, 'index.html');
				info = await stat(file).catch(() => null);
			}
			if (!info?.isFile()) return send(res, 404, 'not found');
			const { body, gz, type, etag } = await load(file);
			if (req.headers['if-none-match'] === etag) {
				res.writeHead(304, { etag });
				return res.end();
			}
			const useGzip = gz && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
			const immutable = url.pathname.includes('/_app/immutable/');
			res.writeHead(200, {
				'content-type': type,
				'content-length': (useGzip ? gz : body).length,
				'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
				vary: 'accept-encoding',
				etag,
				...(useGzip ? { 'content-encoding': 'gzip' } : {})
			});
			res.end(req.method === 'HEAD' ? undefined : useGzip ? gz : body);
		} catch (err) {
			send(res, 500, String(err));
		}
	});

	await new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => ok(undefined));
	});
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((ok) => {
				server.closeAllConnections?.();
				server.close(() => ok(undefined));
			})
	};
}

function send(res, status, text) {
	res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
	res.end(text);
}
