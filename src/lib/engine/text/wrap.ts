// Greedy word wrap for text drawn into SVG (social cards, static maps), where nothing wraps by itself:
// words fill a line up to an estimated width per character. Pure.

/** Lines of at most `width` px at `size` px per em, estimating `em` (DejaVu runs wide: about 0.6) per character. */
export function wrapText(text: string, size: number, width: number, em = 0.6): string[] {
	const max = Math.max(4, Math.floor(width / (size * em)));
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (line && `${line} ${word}`.length > max) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}
