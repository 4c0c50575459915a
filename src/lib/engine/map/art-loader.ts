// Loads the map's static art when a page arrived without it inline (see /map/art.svg), with reasons a
// reader can understand when it fails: the network, a missing file, or a file that is not the map.

export type ArtResult = { ok: true; art: string; locator: string } | { ok: false; reason: string };

/** Pulls the two groups out of the art document's text; null when it is not the map's art. */
export function parseArt(text: string, parse: (t: string) => Document): { art: string; locator: string } | null {
	const doc = parse(text);
	if (doc.getElementsByTagName('parsererror').length) return null;
	const art = doc.getElementById('art');
	const locator = doc.getElementById('locator');
	if (!art || !locator || !art.querySelector('[data-area]')) return null;
	return { art: art.innerHTML, locator: locator.innerHTML };
}

/** The reasons in the reader's words (the engine's strings). */
export interface ArtReasons {
	network: string;
	status: (status: number) => string;
	invalid: string;
}

export async function loadArt(url: string, reasons: ArtReasons, fetcher: typeof fetch = fetch): Promise<ArtResult> {
	let res: Response;
	try {
		res = await fetcher(url);
	} catch {
		return { ok: false, reason: reasons.network };
	}
	if (!res.ok) return { ok: false, reason: reasons.status(res.status) };
	const parsed = parseArt(await res.text(), (t) => new DOMParser().parseFromString(t, 'image/svg+xml'));
	return parsed ? { ok: true, ...parsed } : { ok: false, reason: reasons.invalid };
}
