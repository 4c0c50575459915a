// The names convention, checked: where an alternate name may stand in the story's text and where the
// first use of a place must give it. Generic over a story's name table and phrasing (its `NameForms`);
// faults name the field, the name and the fix. Pure.

export interface NameForm {
	/** The alternate as running text puts it in parentheses after the name: "Berdzor in Armenian". */
	text: (alt: string) => string;
	/** The alternate as a map label puts it ("Arm. Berdzor"), or null: not shown on maps. */
	label: ((alt: string) => string) | null;
	/** The first use of a name in running text must give an alternate of this kind. */
	firstUse: boolean;
}

export type NameForms<K extends string> = Readonly<Record<K, NameForm>>;

export interface NameEntry<K extends string> {
	name: string;
	alts: readonly { name: string; kind: K }[];
}

export interface TextField {
	/** Where it is, as faults name it: 'step "nkao", field body[1]'. */
	where: string;
	text: string;
	/** Part of the running text, read in order (the dek, the steps' paragraphs). */
	running: boolean;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const word = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(s)}(?![\\p{L}\\p{N}])`, 'gu');

/** [start, end) spans inside quotation marks (“…” or "…"): quotes keep the quoted spelling. */
function quoted(text: string): [number, number][] {
	const spans: [number, number][] = [];
	const re = /“[^”]*”|"[^"]*"/g;
	for (let m = re.exec(text); m; m = re.exec(text)) spans.push([m.index, m.index + m[0].length]);
	return spans;
}

const inside = (i: number, spans: readonly [number, number][]) => spans.some(([a, b]) => i > a && i < b);

/** Every fault of the text against the convention, one line each. */
export function checkNames<K extends string>(
	fields: readonly TextField[],
	entries: readonly NameEntry<K>[],
	forms: NameForms<K>
): string[] {
	const faults: string[] = [];
	for (const f of fields) {
		const quotes = quoted(f.text);
		for (const e of entries) {
			for (const alt of e.alts) {
				const pattern = `${e.name} (${forms[alt.kind].text(alt.name)})`;
				const allowed: [number, number][] = [];
				for (let m = f.text.indexOf(pattern); m >= 0; m = f.text.indexOf(pattern, m + 1)) allowed.push([m, m + pattern.length]);
				for (const m of f.text.matchAll(word(alt.name))) {
					const i = m.index!;
					if (inside(i, quotes) || allowed.some(([a, b]) => i >= a && i < b)) continue;
					faults.push(
						`${f.where}: "${alt.name}" is a name of ${e.name} (${alt.kind}): write "${e.name}", or "${pattern}" where the place is first named`
					);
				}
			}
		}
	}
	for (const e of entries) {
		const required = e.alts.filter((a) => forms[a.kind].firstUse);
		if (!required.length) continue;
		for (const f of fields) {
			if (!f.running) continue;
			const quotes = quoted(f.text);
			const first = [...f.text.matchAll(word(e.name))].find((m) => !inside(m.index!, quotes));
			if (!first) continue;
			const after = f.text.slice(first.index! + e.name.length);
			if (!required.some((a) => after.startsWith(` (${forms[a.kind].text(a.name)})`))) {
				const want = required.map((a) => `"${e.name} (${forms[a.kind].text(a.name)})"`).join(' or ');
				faults.push(`${f.where}: the first use of "${e.name}" gives no alternate name: write ${want} (the names convention)`);
			}
			break;
		}
	}
	return faults;
}
