// The events chart's content: a dated sequence with kinds (styled apart), optional spans, attributions
// for contested or single-sourced dates, a highlighted day, and a source line.
import { z } from 'zod';
import type { SchemaKit } from '../../../content/schema';

export const EVENT_KINDS = ['capture', 'resolution', 'war', 'ceasefire', 'deadline', 'handover', 'event'] as const;

export function schema(k: SchemaKit) {
	return z.strictObject({
		type: z.literal('events'),
		title: k.text,
		from: k.fullDate,
		to: k.fullDate,
		events: z
			.array(
				z.strictObject({
					date: k.partialDate,
					to: k.partialDate.optional(),
					/** Where a month-only date sits on the axis. */
					part: z.enum(['early', 'mid', 'late']).optional(),
					label: k.text,
					kind: z.enum(EVENT_KINDS),
					/** Who says so, for contested or single-sourced dates ("announced by Azerbaijan"). */
					attribution: k.text.optional()
				})
			)
			.min(1),
		highlight: k.fullDate.optional(),
		/** Mark the map's date as the reader scrolls through the step. */
		progress: z.boolean().optional(),
		/** On narrow charts 'resolution' events keep their dots but lose their labels: the key's words for them. */
		referenceKey: k.text.optional(),
		source: k.text
	});
}

export type EventsSpec = z.infer<ReturnType<typeof schema>>;
export type ChartEvent = EventsSpec['events'][number];
