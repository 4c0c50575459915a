// For tests: each control area's district as the geodata build writes it (checked against the build's
// output by src/stories/belt/geo/build.test.ts), so content tests need no generated files.
import type { AreaDistricts } from '../../lib/engine/content/figures';

export const districtOf: AreaDistricts = {
	kalbajar: 'AZ-KAL',
	'lachin-north': 'AZ-LAC',
	'lachin-south': 'AZ-LAC',
	qubadli: 'AZ-QBI',
	zangilan: 'AZ-ZAN',
	jabrayil: 'AZ-CAB',
	'agdam-west': 'AZ-AGM',
	'agdam-east': 'AZ-AGM',
	'fuzuli-west': 'AZ-FUZ',
	'fuzuli-east': 'AZ-FUZ',
	'nkao-core': null,
	'nkao-east': null,
	'nkao-south': null,
	shusha: 'AZ-SUS',
	talish: 'AZ-TAR'
};
