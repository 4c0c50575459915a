// Tests for the FACTS.md place table: ids unique and kebab-case, coordinates in the region, districts known,
// places in Armenia carry no district of Azerbaijan.

import { describe, expect, it } from 'vitest';
import { isDistrictCode } from './districts';
import { PLACES } from './places';

describe('PLACES', () => {
	it('has unique kebab-case ids', () => {
		expect(new Set(PLACES.map((p) => p.id)).size).toBe(PLACES.length);
		for (const p of PLACES) expect(p.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
	});
	it('lies in the Caucasus (38–51°E, 37–44.5°N)', () => {
		for (const p of PLACES) {
			expect(p.lon, p.id).toBeGreaterThan(38);
			expect(p.lon, p.id).toBeLessThan(51);
			expect(p.lat, p.id).toBeGreaterThan(37);
			expect(p.lat, p.id).toBeLessThan(44.5);
		}
	});
	it('gives known district codes, and none outside Azerbaijan', () => {
		for (const p of PLACES) {
			if (p.unit !== null) expect(isDistrictCode(p.unit), p.id).toBe(true);
			if (p.country !== 'AZ') expect(p.unit, p.id).toBeNull();
			// a site on a border says where it lies
			if (p.country === null) expect(p.note, p.id).toMatch(/border/);
		}
	});
	const coords: { name: string; args: [string]; expected: [number, number] }[] = [
		{ name: 'Stepanakert', args: ['stepanakert'], expected: [46.752, 39.815] },
		{ name: 'Shusha', args: ['shusha'], expected: [46.748, 39.758] },
		{ name: 'Lachin', args: ['lachin'], expected: [46.547, 39.64] },
		{ name: 'Jabrayil', args: ['jabrayil'], expected: [47.026, 39.4] },
		{ name: 'Goris', args: ['goris'], expected: [46.338, 39.511] }
	];
	it('puts the Sotk gold mine on the border, not in Armenia (FACTS.md, S 79–80)', () => {
		const sotk = PLACES.find((p) => p.id === 'sotk-mine')!;
		expect(sotk.country).toBeNull();
		expect(sotk.note).toMatch(/border of Kalbajar District and Armenia’s Gegharkunik Province/);
	});
	it.each(coords)('$name is at the FACTS.md coordinates', ({ args, expected }) => {
		const p = PLACES.find((x) => x.id === args[0]);
		expect(p).toBeDefined();
		expect(p!.lon).toBeCloseTo(expected[0], 3);
		expect(p!.lat).toBeCloseTo(expected[1], 3);
	});
});
