// A town's label text, the same on the live map and on the static maps: its alternate name (saying
// whose) on the step where the map first highlights it, and for a town marked apart from its area the
// date as the sources give it ("Hadrut · 9 Oct", "Jabrayil · early Oct"). Pure.
import { formatShort } from '../content/dates';
import type { TownMark } from '../control/model';

export interface TownLabelInput {
	name: string;
	/** The scene's first-highlight label of the place, if it has one. */
	first?: { step: string; text: string };
	stepId: string;
	highlighted: boolean;
	mark?: Pick<TownMark<string>, 'when' | 'part'>;
}

export function townLabel({ name, first, stepId, highlighted, mark }: TownLabelInput): string {
	const shown = highlighted && first?.step === stepId ? first.text : name;
	if (!mark) return shown;
	const when = formatShort(mark.when, false);
	return `${shown} · ${mark.part ? `${mark.part} ${when}` : when}`;
}
