// The story's names convention, as data: English names as the source text spells them; an alternate
// name says whose it is. In running text the first use of a place that has an Armenian or Azerbaijani
// name gives it ("Lachin (Berdzor in Armenian)", "Martakert (Aghdara in Azerbaijani)"); OSCE spellings
// and spelling variants appear only as "Jabrayil (OSCE: Jebrail)" or "Horadiz (also Goradiz)", or inside
// quotation marks. Map labels give the other side's name where the map first highlights the place:
// "Lachin (Arm. Berdzor)". The content check (src/lib/content/names.ts) holds the text to it.
import type { NameForms } from '../content/names';

export type NameKind = 'Armenian' | 'Azerbaijani' | 'OSCE' | 'spelling';

export interface AltName {
	readonly name: string;
	readonly kind: NameKind;
}

export const NAME_FORMS: NameForms<NameKind> = {
	Armenian: { text: (alt) => `${alt} in Armenian`, label: (alt) => `Arm. ${alt}`, firstUse: true },
	Azerbaijani: { text: (alt) => `${alt} in Azerbaijani`, label: (alt) => `Az. ${alt}`, firstUse: true },
	OSCE: { text: (alt) => `OSCE: ${alt}`, label: null, firstUse: false },
	spelling: { text: (alt) => `also ${alt}`, label: null, firstUse: false }
};

const arm = (name: string): AltName => ({ name, kind: 'Armenian' });
const az = (name: string): AltName => ({ name, kind: 'Azerbaijani' });
const osce = (name: string): AltName => ({ name, kind: 'OSCE' });
const spelling = (name: string): AltName => ({ name, kind: 'spelling' });

/** Alternate names by the story's English name (FACTS.md, Names). */
export const ALT_NAMES: Readonly<Record<string, readonly AltName[]>> = {
	Stepanakert: [az('Khankendi')],
	Shusha: [arm('Shushi')],
	Lachin: [arm('Berdzor'), arm('Kashatagh')],
	Kalbajar: [arm('Karvachar'), osce('Kelbajar')],
	Agdam: [spelling('Aghdam')],
	Fuzuli: [osce('Fizuli')],
	Jabrayil: [osce('Jebrail')],
	Qubadli: [osce('Kubatly')],
	Zangilan: [osce('Zangelan')],
	Martakert: [az('Aghdara'), spelling('Mardakert')],
	Martuni: [az('Khojavend')],
	Horadiz: [spelling('Goradiz')]
};

/** The alternates of a name (none when it has none). */
export function altNames(name: string): readonly AltName[] {
	return ALT_NAMES[name] ?? [];
}

/** A place's map label where the map first highlights it: "Lachin (Arm. Berdzor)", else its name. */
export function firstLabel(name: string): string {
	const alt = altNames(name).find((a) => NAME_FORMS[a.kind].label);
	return alt ? `${name} (${NAME_FORMS[alt.kind].label!(alt.name)})` : name;
}
