// The bars chart's content: labelled values in one unit, each with an optional note, and a source line.
import { z } from 'zod';
import type { SchemaKit } from '../../../content/schema';

export function schema(k: SchemaKit) {
	return z.strictObject({
		type: z.literal('bars'),
		title: k.text,
		unit: k.text,
		items: z.array(z.strictObject({ label: k.text, value: z.number().nonnegative(), note: k.text.optional() })).min(1),
		source: k.text
	});
}

export type BarsSpec = z.infer<ReturnType<typeof schema>>;
