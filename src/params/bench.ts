// The bench's comparison pages (built only by `npm run bench`).
export const match = (param: string) => param === 'viewbox' || param === 'reproject';
