// Sharing a step's link: the Web Share API where the browser has it on a touch device, else the
// Clipboard API, else a selected text field and execCommand('copy'). Returns what happened.

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

export interface ShareEnv {
	share?: (data: { title: string; url: string }) => Promise<void>;
	writeText?: (text: string) => Promise<void>;
	/** Copies with a selected text field (the old way); returns success. */
	legacyCopy?: (text: string) => boolean;
	/** A coarse pointer (phones, tablets): where the share sheet is the expected gesture. */
	touch: boolean;
}

export async function shareLink(url: string, title: string, env: ShareEnv): Promise<ShareOutcome> {
	if (env.share && env.touch) {
		try {
			await env.share({ title, url });
			return 'shared';
		} catch (e) {
			if ((e as Error)?.name === 'AbortError') return 'cancelled';
		}
	}
	if (env.writeText) {
		try {
			await env.writeText(url);
			return 'copied';
		} catch {
			// fall through to the legacy copy
		}
	}
	return env.legacyCopy?.(url) ? 'copied' : 'failed';
}

/** The browser's share environment (call in the browser only). */
export function browserShareEnv(): ShareEnv {
	const nav = navigator as Navigator & { share?: ShareEnv['share'] };
	return {
		share: typeof nav.share === 'function' ? (d) => nav.share!(d) : undefined,
		writeText: nav.clipboard?.writeText ? (t) => nav.clipboard.writeText(t) : undefined,
		legacyCopy: (text) => {
			const field = document.createElement('textarea');
			field.value = text;
			field.setAttribute('readonly', '');
			field.style.position = 'fixed';
			field.style.opacity = '0';
			document.body.append(field);
			field.select();
			let ok: boolean;
			try {
				ok = document.execCommand('copy');
			} catch {
				ok = false;
			}
			field.remove();
			return ok;
		},
		touch: window.matchMedia('(pointer: coarse)').matches
	};
}
