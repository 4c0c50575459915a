// Bundles the scroll embed's host script (src/lib/engine/embed/host.ts) into one small, dependency-free file,
// src/lib/engine/embed/generated/embed.js, served as /embed.js. Run by `npm run build`.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

const OUT = 'src/lib/engine/embed/generated/embed.js';

await build({
	entryPoints: ['src/lib/engine/embed/host.ts'],
	outfile: OUT,
	bundle: true,
	minify: true,
	format: 'iife',
	target: ['es2019'],
	legalComments: 'none',
	banner: { js: '/* story embed: see /embed/help/ */' },
	logLevel: 'warning'
});
const bytes = readFileSync(OUT);
console.log(`embed: ${OUT}: ${bytes.length} bytes, ${gzipSync(bytes, { level: 9 }).length} gzip`);
