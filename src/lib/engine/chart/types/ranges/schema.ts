// The ranges chart's content: per district a low–high figure as the source gives it (its wording kept,
// "under 10" as an upper bound), the name as the source spells it, an annotation and a source line.
import { z } from 'zod';
import type { SchemaKit } from '../../../content/schema';

export function schema(k: SchemaKit) {
	return z.strictObject({
		type: z.literal('ranges'),
		title: k.text,
		unit: k.text,
		/** The table's heading for `spelled`: how the source spells each name. */
		spellingColumn: k.text,
		items: z
			.array(
				z
					.strictObject({
						district: k.districtCode,
						/** The name as the source spells it (an OSCE spelling): shown only in its own column. */
						spelled: k.text,
						low: z.number().nonnegative(),
						high: z.number().nonnegative(),
						/** The figure as the source puts it ("under 10"). */
						text: k.text,
						/** 'upper': only an upper bound is known. */
						bound: z.literal('upper').optional()
					})
					.refine((r) => r.low <= r.high, { error: 'low must not exceed high', path: ['low'] })
			)
			.min(1),
		annotation: z.strictObject({ value: z.number().nonnegative(), text: k.text }).optional(),
		source: k.text
	});
}

export type RangesSpec = z.infer<ReturnType<typeof schema>>;
