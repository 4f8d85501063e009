// What the API answers about Morocco's geography: the regions and provinces shipped in
// shared/geo, as `GET /api/geo/regions` and `GET /api/geo/provinces` list them.
import type { Province, Region } from '../geo';

/** `GET /api/geo/regions` items, in code order. */
export type RegionView = Region;

/** `GET /api/geo/provinces` items: the province with its seat's coordinates. */
export type ProvinceView = Pick<Province, 'code' | 'name' | 'regionCode' | 'lat' | 'lng'>;
