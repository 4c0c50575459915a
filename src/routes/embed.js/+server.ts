// `/embed.js`: the host-page script of the scroll embed, bundled by scripts/build-embed.ts.
import script from '$lib/engine/embed/generated/embed.js?raw';

export const prerender = true;

export const GET = () => new Response(script, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
