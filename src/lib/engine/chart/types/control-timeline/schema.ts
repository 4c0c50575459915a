// The control timeline's content: which districts (rows), the span, and the events marked across the
// rows. Who held what is computed from the control model, never typed in.
import { z } from 'zod';
import type { SchemaKit } from '../../../content/schema';

export function schema(k: SchemaKit) {
	return z.strictObject({
		type: z.literal('control-timeline'),
		title: k.text,
		from: k.fullDate,
		to: k.fullDate,
		districts: z.array(k.districtCode).min(1),
		/** Events marked across the rows (ceasefires, offensives). */
		marks: z.array(z.strictObject({ date: k.partialDate, to: k.partialDate.optional(), label: k.text })).default([])
	});
}

export type ControlTimelineSpec = z.infer<ReturnType<typeof schema>>;
