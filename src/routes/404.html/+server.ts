// `/404.html`: what static hosts serve for a path that does not exist (`/step/<unknown>/`, a mistyped
// link). It is not a page of the app (a 404 can be served at any depth, where relative asset paths
// break): a small document that sends the reader to the story, passing the unknown id in the hash,
// where the story shows its quiet "no such step" notice. Nothing from the URL is written as markup.
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');

export const prerender = true;

const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Page not found</title>
<script>
(function () {
	var base = ${JSON.stringify(base)};
	var path = location.pathname;
	if (path.indexOf(base) === 0) path = path.slice(base.length);
	var m = /^\\/step\\/([^/]*)\\/?$/.exec(path);
	var id = m ? m[1] : path.replace(/^\\/+|\\/+$/g, '');
	location.replace(base + '/#' + (id ? encodeURIComponent(safeDecode(id)) : ''));
	function safeDecode(s) { try { return decodeURIComponent(s); } catch (e) { return s; } }
})();
</script>
</head>
<body>
<p>This page does not exist. <a href="${base}/">Read the story from the beginning</a>.</p>
</body>
</html>
`;

export const GET = () => new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
