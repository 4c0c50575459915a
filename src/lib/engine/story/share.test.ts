import { describe, expect, it } from 'vitest';
import { shareLink } from './share';

const url = 'https://example.org/step/nkao/';

describe('shareLink', () => {
	it('uses the share sheet on touch devices', async () => {
		const seen: string[] = [];
		const out = await shareLink(url, 't', {
			touch: true,
			share: async (d) => void seen.push(d.url),
			writeText: async () => void seen.push('clip')
		});
		expect(out).toBe('shared');
		expect(seen).toEqual([url]);
	});
	it('copies to the clipboard on desktops, even where share exists', async () => {
		let copied = '';
		const out = await shareLink(url, 't', { touch: false, share: async () => {}, writeText: async (t) => void (copied = t) });
		expect(out).toBe('copied');
		expect(copied).toBe(url);
	});
	it('reports a cancelled share sheet without copying', async () => {
		const abort = Object.assign(new Error('x'), { name: 'AbortError' });
		const out = await shareLink(url, 't', { touch: true, share: async () => Promise.reject(abort), writeText: async () => {} });
		expect(out).toBe('cancelled');
	});
	it('falls back to the legacy copy when the clipboard is refused', async () => {
		const out = await shareLink(url, 't', { touch: false, writeText: () => Promise.reject(new Error('denied')), legacyCopy: () => true });
		expect(out).toBe('copied');
	});
	it('says when nothing worked', async () => expect(await shareLink(url, 't', { touch: false })).toBe('failed'));
});
