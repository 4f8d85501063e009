// Regions and provinces, served from the data shipped in shared/geo (cacheable for a day).
import { Hono } from 'hono';
import type { ProvinceView, RegionView } from '../../shared/api/geo';
import { PROVINCES, REGIONS } from '../../shared/geo';
import type { AppEnv } from '../http/env';

const regions: readonly RegionView[] = REGIONS;
const provinces: ProvinceView[] = PROVINCES.map(({ code, name, regionCode, lat, lng }) => ({
  code,
  name,
  regionCode,
  lat,
  lng,
}));
const regionsJson = JSON.stringify(regions);
const provincesJson = JSON.stringify(provinces);

export function geoRoutes() {
  const cached = (body: string) =>
    new Response(body, {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'public, max-age=86400',
      },
    });
  return new Hono<AppEnv>()
    .get('/regions', () => cached(regionsJson))
    .get('/provinces', () => cached(provincesJson));
}
