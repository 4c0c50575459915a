// The districts of Azerbaijan that the story's map shows, keyed by ISO 3166-2:AZ code, with the English
// name the story uses (its alternate names are in ./names.ts). Single source of truth: the geodata build
// (src/stories/belt/geo/corrections.ts) and the app both import this table.

export const DISTRICT_CODES = [
	'AZ-KAL',
	'AZ-LAC',
	'AZ-QBI',
	'AZ-ZAN',
	'AZ-CAB',
	'AZ-FUZ',
	'AZ-AGM',
	'AZ-XCI',
	'AZ-XVD',
	'AZ-SUS',
	'AZ-XA',
	'AZ-TAR',
	'AZ-GOR',
	'AZ-BAR',
	'AZ-AGC',
	'AZ-BEY',
	'AZ-DAS',
	'AZ-GYG',
	'AZ-NA'
] as const;

/** ISO 3166-2:AZ code of a district (rayon) or city with district status. */
export type DistrictCode = (typeof DISTRICT_CODES)[number];

export interface District {
	readonly code: DistrictCode;
	/** English name used on the page (the source text's exonyms). */
	readonly name: string;
	/** One of the "seven districts" around the former NKAO (FACTS.md "Geography and names"). */
	readonly sevenDistricts: boolean;
}

export const DISTRICTS: readonly District[] = [
	{ code: 'AZ-KAL', name: 'Kalbajar', sevenDistricts: true },
	{ code: 'AZ-LAC', name: 'Lachin', sevenDistricts: true },
	{ code: 'AZ-QBI', name: 'Qubadli', sevenDistricts: true },
	{ code: 'AZ-ZAN', name: 'Zangilan', sevenDistricts: true },
	{ code: 'AZ-CAB', name: 'Jabrayil', sevenDistricts: true },
	{ code: 'AZ-FUZ', name: 'Fuzuli', sevenDistricts: true },
	{ code: 'AZ-AGM', name: 'Agdam', sevenDistricts: true },
	{ code: 'AZ-XCI', name: 'Khojaly', sevenDistricts: false },
	{ code: 'AZ-XVD', name: 'Khojavend', sevenDistricts: false },
	{ code: 'AZ-SUS', name: 'Shusha', sevenDistricts: false },
	{ code: 'AZ-XA', name: 'Stepanakert', sevenDistricts: false },
	{ code: 'AZ-TAR', name: 'Tartar', sevenDistricts: false },
	{ code: 'AZ-GOR', name: 'Goranboy', sevenDistricts: false },
	{ code: 'AZ-BAR', name: 'Barda', sevenDistricts: false },
	{ code: 'AZ-AGC', name: 'Aghjabadi', sevenDistricts: false },
	{ code: 'AZ-BEY', name: 'Beylagan', sevenDistricts: false },
	{ code: 'AZ-DAS', name: 'Dashkasan', sevenDistricts: false },
	{ code: 'AZ-GYG', name: 'Goygol', sevenDistricts: false },
	{ code: 'AZ-NA', name: 'Naftalan', sevenDistricts: false }
];

const BY_CODE: ReadonlyMap<string, District> = new Map(DISTRICTS.map((d) => [d.code, d]));

export function isDistrictCode(s: string): s is DistrictCode {
	return BY_CODE.has(s);
}

/** The table row for a code; throws naming the code if it is not in the table. */
export function district(code: string): District {
	const d = BY_CODE.get(code);
	if (!d) throw new Error(`unknown district code "${code}" (known: ${DISTRICT_CODES.join(', ')})`);
	return d;
}

/** The seven districts, in the order of DISTRICTS. */
export const SEVEN_DISTRICTS: readonly DistrictCode[] = DISTRICTS.filter((d) => d.sevenDistricts).map((d) => d.code);
