// Short texts for links and cards: a step's summary for <meta name="description"> and social cards.

/** The first sentences of a step's text, cut at a word boundary to at most `max` characters. */
export function summarize(paragraphs: readonly string[], max = 200): string {
	const text = paragraphs.join(' ').replace(/\s+/g, ' ').trim();
	if (text.length <= max) return text;
	const sentences = text.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [];
	let out = '';
	for (const s of sentences) {
		if ((out + s).trim().length > max) break;
		out += s;
	}
	if (out.trim()) return out.trim();
	const cut = text.slice(0, max - 1);
	return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
