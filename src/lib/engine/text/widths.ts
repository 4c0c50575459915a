// Text widths without measuring (measuring fonts cost hydration 100+ ms at 4× CPU): an average per
// character for running labels, and a safe-side width for map labels. Pure.

const CHAR_WIDTH = 0.56; // × font size: an average for the sans-serif label face

export function estimateWidth(text: string, size: number): number {
	return text.length * size * CHAR_WIDTH;
}

/**
 * A map label's width, on the safe side: capitals, digits and bold run wider than an average character,
 * and letter-spacing (`tracking`, in em) follows every character. Sized for wide sans faces (DejaVu
 * Sans, the test machines' face, is among the widest), so on narrower faces labels only keep more room.
 */
export function labelWidth(text: string, size: number, weight = 400, tracking = 0): number {
	let em = 0;
	for (const ch of text) {
		if (ch === ' ') em += 0.32;
		else if (ch >= '0' && ch <= '9') em += 0.64;
		else if (ch.toLowerCase() !== ch) em += 0.74;
		else if (ch.toUpperCase() !== ch) em += 0.6;
		else em += 0.45;
	}
	if (weight >= 600) em *= 1.08;
	return (em + tracking * [...text].length) * size;
}

/** Words into lines no wider than `width` px at `size` px (estimated widths); a word longer than a line keeps its own line. */
export function wrapToWidth(text: string, size: number, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && estimateWidth(next, size) > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}
