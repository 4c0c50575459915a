// This story's own chart type, "formulas": the negotiating formulas side by side, each with who proposed
// it, what the land's return would bring, and in exchange for what; with the words of its headings.
import { z } from 'zod';
import type { SchemaKit } from '../../../../lib/engine/content/schema';

export function schema(k: SchemaKit) {
	return z.strictObject({
		type: z.literal('formulas'),
		title: k.text,
		/** The headings: the formula's name, its proposer, what is given back, what for. */
		headings: z.strictObject({ name: k.text, proposer: k.text, gives: k.text, gets: k.text }),
		items: z.array(z.strictObject({ name: k.text, proposer: k.text, gives: k.text, gets: k.text })).min(2),
		source: k.text
	});
}

export type FormulasSpec = z.infer<ReturnType<typeof schema>>;
