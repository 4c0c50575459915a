// Links to a step: reads a step id from a URL hash or query value, safely. An unknown or malformed id
// opens the first step with a notice; the id is only ever compared, never inserted as markup.

export interface StepTarget {
	index: number;
	/** Set when the URL named a step that does not exist: a quiet message for the reader. */
	notice?: string;
}

const MAX_ID_LENGTH = 80;

/** The raw id in a hash ('#kalbajar-1993' → 'kalbajar-1993'), decoded if it can be. */
export function idFromHash(hash: string): string {
	const raw = hash.startsWith('#') ? hash.slice(1) : hash;
	try {
		return decodeURIComponent(raw);
	} catch {
		return raw;
	}
}

/** The notice's words, given the id as it will be shown (the engine's strings say it). */
export type NoticeFor = (id: string) => string;

/** Which step an id names; empty means "no id given" (the first step, no notice). */
export function stepTarget(id: string | null | undefined, ids: readonly string[], noticeFor: NoticeFor): StepTarget {
	if (!id) return { index: 0 };
	const index = ids.indexOf(id);
	if (index >= 0) return { index };
	const shown = id.length > MAX_ID_LENGTH ? `${id.slice(0, MAX_ID_LENGTH)}…` : id;
	return { index: 0, notice: noticeFor(shown) };
}

export interface EmbedTarget extends StepTarget {
	/** `&only=<id>`: a single step, no controls (a static figure). */
	only: boolean;
}

/**
 * The embed's query: `?step=<id>` picks the first step shown, `&only=<id>` shows that one step alone.
 * Unknown ids open the first step with a notice; an unknown `only` falls back to the stepper.
 */
export function embedTarget(search: string, ids: readonly string[], noticeFor: NoticeFor): EmbedTarget {
	const params = new URLSearchParams(search);
	const only = params.get('only');
	if (only !== null) {
		const t = stepTarget(only, ids, noticeFor);
		return t.notice ? { ...t, only: false } : { ...t, only: true };
	}
	return { ...stepTarget(params.get('step'), ids, noticeFor), only: false };
}
