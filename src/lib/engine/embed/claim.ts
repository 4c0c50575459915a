// Which scroll embed a link to a step (#<step-id> in the article's address) belongs to: the first embed,
// in the page's order, that has that step and no step of its own (data-step). The embeds report their
// steps as their iframes load, in any order, so an answer waits until every embed before the owner has
// reported (or been given up on).

export interface EmbedSteps {
	/** The step ids the embed reported; null while its iframe has not reported them. */
	ids: readonly string[] | null;
	/** Its own start step (data-step): such an embed never takes the address's step. */
	startStep: string | null;
	/** Given up on: it did not report in time, so later embeds need not wait for it. */
	gaveUp: boolean;
}

/** The index of the embed that takes `id`; 'wait' while an earlier embed may still have it; null: none. */
export function hashOwner(embeds: readonly EmbedSteps[], id: string): number | 'wait' | null {
	for (let i = 0; i < embeds.length; i++) {
		const e = embeds[i];
		if (e.startStep) continue;
		if (!e.ids) {
			if (e.gaveUp) continue;
			return 'wait';
		}
		if (e.ids.includes(id)) return i;
	}
	return null;
}
