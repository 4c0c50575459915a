import { describe, expect, it } from 'vitest';
import { loadArt } from './art-loader';
import { en } from '../strings/en';

describe('loadArt', () => {
	it('names a network failure', async () => {
		const r = await loadArt('/map/art.svg', en.artReasons, () => Promise.reject(new TypeError('Failed to fetch')));
		expect(r).toEqual({ ok: false, reason: 'the network request failed' });
	});
	it('names a missing file', async () => {
		const r = await loadArt('/map/art.svg', en.artReasons, async () => new Response('nope', { status: 404 }));
		expect(r).toEqual({ ok: false, reason: 'the server answered 404' });
	});
});
