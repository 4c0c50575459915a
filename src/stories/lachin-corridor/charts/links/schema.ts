// This story's own chart type, "links": the roads between Nagorno-Karabakh and Armenia as bars over
// time, each from the day it opened to the day it stopped being a link (or open-ended), the step's own
// road picked out; with the words of its headings.
import { z } from 'zod';
import type { SchemaKit } from '../../../../lib/engine/content/schema';

export function schema(k: SchemaKit) {
	return z.strictObject({
		type: z.literal('links'),
		title: k.text,
		from: k.fullDate,
		to: k.fullDate,
		/** The link the step is about. */
		highlight: z.string().optional(),
		/** The table's headings: the road, and what is said of its dates. */
		headings: z.strictObject({ link: k.text, note: k.text }),
		links: z
			.array(
				z.strictObject({
					id: z.string().regex(/^[a-z0-9-]+$/),
					label: k.text,
					from: k.partialDate,
					/** When it stopped being a link; none: no end in the sources. */
					to: k.partialDate.optional(),
					/** What the sources say of its dates. */
					note: k.text
				})
			)
			.min(1),
		source: k.text
	});
}

export type LinksSpec = z.infer<ReturnType<typeof schema>>;
