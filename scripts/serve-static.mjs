// A small static file server for the end-to-end tests, behaving like a plain static host: it serves
// a folder (optionally under a base path), answers folders with their index.html, and answers missing
// paths with the folder's 404.html and status 404. No dependencies.
//   node scripts/serve-static.mjs --dir build --port 4173 [--base /graphics/story] [--dir2 … --port2 …]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.png': 'image/png',
	'.svg': 'image/svg+xml',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

export function serve({ dir, port, base = '' }) {
	const root = resolve(dir);
	const prefix = base.replace(/\/+$/, '');
	async function file(path) {
		try {
			const s = await stat(path);
			if (s.isDirectory()) return file(join(path, 'index.html'));
			return { body: await readFile(path), type: TYPES[extname(path)] ?? 'application/octet-stream' };
		} catch {
			return null;
		}
	}
	const server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let path = decodeURIComponent(url.pathname);
		const notFound = async () => {
			const page = await file(join(root, '404.html'));
			res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
			res.end(page?.body ?? 'Not found');
		};
		if (prefix) {
			if (path === prefix) {
				res.writeHead(301, { location: `${prefix}/` });
				return res.end();
			}
			if (!path.startsWith(`${prefix}/`)) return notFound();
			path = path.slice(prefix.length);
		}
		const target = normalize(join(root, path));
		if (!target.startsWith(root)) return notFound();
		const found = await file(target);
		if (!found) return notFound();
		res.writeHead(200, { 'content-type': found.type, 'cache-control': 'no-store' });
		res.end(found.body);
	});
	return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const args = process.argv.slice(2);
	const opt = (name, fallback) => {
		const i = args.indexOf(`--${name}`);
		return i >= 0 ? args[i + 1] : fallback;
	};
	await serve({ dir: opt('dir', 'build'), port: Number(opt('port', 4173)), base: opt('base', '') });
	console.log(`serving ${opt('dir', 'build')} on http://localhost:${opt('port', 4173)}${opt('base', '')}/`);
}
