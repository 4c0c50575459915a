// `/404.html`: what static hosts serve for a path that does not exist (`/step/<unknown>/`,
// `/<slug>/step/<unknown>/`, a mistyped link). It is not a page of the app (a 404 can be served at any
// depth, where relative asset paths break): a small document that sends the reader to the story the path
// names (the home story otherwise), passing the unknown id in the hash, where the story shows its quiet
// "no such step" notice. Nothing from the URL is written as markup.
import { STORY_PARAMS } from '$lib/engine/server/stories.server';
import { en, notFoundEn } from '$lib/engine/strings/en';

const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');

export const prerender = true;

const html = `<!doctype html>
<html lang="${en.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${notFoundEn.title}</title>
<script>
(function () {
	var base = ${JSON.stringify(base)};
	var stories = ${JSON.stringify(STORY_PARAMS)};
	var path = location.pathname;
	if (path.indexOf(base) === 0) path = path.slice(base.length);
	var story = '';
	var first = path.split('/')[1];
	if (stories.indexOf(first) >= 0) {
		story = '/' + first;
		path = path.slice(story.length);
	}
	var m = /^\\/step\\/([^/]*)\\/?$/.exec(path);
	var id = m ? m[1] : path.replace(/^\\/+|\\/+$/g, '');
	location.replace(base + story + '/#' + (id ? encodeURIComponent(safeDecode(id)) : ''));
	function safeDecode(s) { try { return decodeURIComponent(s); } catch (e) { return s; } }
})();
</script>
</head>
<body>
<p>${notFoundEn.text} <a href="${base}/">${notFoundEn.link}</a>.</p>
</body>
</html>
`;

export const GET = () => new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
