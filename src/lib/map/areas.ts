// Which control areas belong to the former NKAO rather than the seven districts: the map colours the two
// apart when Armenian forces held them (the seed map's convention).
import { SEVEN_DISTRICTS } from '../geo/districts';

export function isNkaoArea(district: string | null): boolean {
	return district === null || !(SEVEN_DISTRICTS as readonly string[]).includes(district);
}
