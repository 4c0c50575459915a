// The area-held chart's content: the span, and optionally which districts and whose holdings (by default
// the story's focus districts and its primary side). The figures are computed, never typed in.
import { z } from 'zod';
import type { SchemaKit } from '../../../content/schema';

export function schema(k: SchemaKit) {
	return z.strictObject({
		type: z.literal('area-held'),
		title: k.text,
		from: k.fullDate,
		to: k.fullDate,
		districts: z.array(k.districtCode).min(1).optional()
	});
}

export type AreaHeldSpec = z.infer<ReturnType<typeof schema>>;
