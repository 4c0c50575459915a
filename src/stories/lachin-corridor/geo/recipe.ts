// This story's geodata: the belt story's recipe (the same region, the same corrected Natural Earth data
// and hand-drawn lines), built into this folder's generated/ by `npm run geo`.
export { recipe } from '../../belt/geo/recipe';
