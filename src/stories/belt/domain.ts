// This story's domain for the engine: its sides, control model, map units and places, names, frames,
// layers, fills and words, as plain data (src/lib/engine/domain.ts says what each part is).
import type { DomainData } from '../../lib/engine/domain';
import { CONTROL } from './domain/control';
import { DISTRICTS, SEVEN_DISTRICTS } from './domain/districts';
import { PLACES } from './domain/places';
import { ALT_NAMES, NAME_FORMS } from './domain/names';
import { FRAMES, LAYERS, LOCATOR_BOX, REGION_BOX } from './domain/vocabulary';
import { SIDES, WORDS } from './domain/words';

export const DOMAIN: DomainData = {
	sides: SIDES,
	primary: 'arm',
	base: 'az',
	control: CONTROL,
	units: DISTRICTS.map((d) => ({ code: d.code, name: d.name })),
	focus: SEVEN_DISTRICTS,
	places: PLACES,
	names: { alts: ALT_NAMES, forms: NAME_FORMS },
	frames: FRAMES,
	region: REGION_BOX,
	locator: LOCATOR_BOX,
	layers: LAYERS,
	fills: { az: { focus: 'az', outline: 'az' }, arm: { focus: 'arm-district', outline: 'arm-nkao' } },
	countries: { focus: 'AZE', borders: ['ARM', 'AZE', 'IRN'], locator: ['AZE', 'ARM'] },
	words: WORDS
};
