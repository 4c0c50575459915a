// The district-areas chart's content: which districts to compare with the outline, and an optional note.
// The areas themselves are computed from the geodata, never typed in.
import { z } from 'zod';
import type { SchemaKit } from '../../../content/schema';

export function schema(k: SchemaKit) {
	return z.strictObject({
		type: z.literal('district-areas'),
		title: k.text,
		districts: z.array(k.districtCode).min(1),
		note: k.text.optional()
	});
}

export type DistrictAreasSpec = z.infer<ReturnType<typeof schema>>;
