// The story's names convention, as data: English names as the source text spells them; an alternate
// name says whose it is. In running text the first use of a place that has an Armenian or Azerbaijani
// name gives it ("Lachin (Berdzor in Armenian)", "Martakert (Aghdara in Azerbaijani)"); OSCE spellings
// and spelling variants appear only as "Jabrayil (OSCE: Jebrail)" or "Horadiz (also Goradiz)", or inside
// quotation marks. Map labels give the other side's name where the map first highlights the place:
// "Lachin (Arm. Berdzor)". The engine's content check holds the text to it.
import type { DomainData } from '../../../lib/engine/domain';

export type NameKind = 'Armenian' | 'Azerbaijani' | 'OSCE' | 'spelling';

/** How text (`{alt}` in parentheses after the name) and map labels give an alternate of each kind. */
export const NAME_FORMS: DomainData['names']['forms'] = {
	Armenian: { text: '{alt} in Armenian', label: 'Arm. {alt}', firstUse: true },
	Azerbaijani: { text: '{alt} in Azerbaijani', label: 'Az. {alt}', firstUse: true },
	OSCE: { text: 'OSCE: {alt}', label: null, firstUse: false },
	spelling: { text: 'also {alt}', label: null, firstUse: false }
};

const alt = (kind: NameKind) => (name: string) => ({ name, kind });
const arm = alt('Armenian');
const az = alt('Azerbaijani');
const osce = alt('OSCE');
const spelling = alt('spelling');

/** Alternate names by the story's English name (FACTS.md, Names). */
export const ALT_NAMES: DomainData['names']['alts'] = {
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
