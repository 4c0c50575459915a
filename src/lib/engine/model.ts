// A story's domain made ready for use: its control model built from the dated events, and look-ups of
// names by id. Built once per page from the page data (no story code reaches the browser). Pure.
import { createControlModel, type ControlModel } from './control/model';
import type { AreaGroup, DomainData } from './domain';

export interface StoryModel {
	readonly domain: DomainData;
	readonly control: ControlModel<string, string>;
	unitName(code: string): string;
	placeName(id: string): string;
	/** The group of an area in a unit (null: an area of the outline spanning units). */
	groupOf(unit: string | null): AreaGroup;
}

export function createModel(domain: DomainData): StoryModel {
	const units = new Map(domain.units.map((u) => [u.code, u.name]));
	const places = new Map(domain.places.map((p) => [p.id, p.name]));
	const focus = new Set(domain.focus);
	return {
		domain,
		control: createControlModel(domain.control),
		unitName: (code) => units.get(code) ?? code,
		placeName: (id) => places.get(id) ?? id,
		groupOf: (unit) => (unit !== null && focus.has(unit) ? 'focus' : 'outline')
	};
}
