// Morocco geography: regions, provinces, and lookups (by code, by region) for forms and reports.
import { REGIONS } from './regions';
import type { Region } from './regions';
import { PROVINCES } from './provinces';
import type { Province } from './provinces';

export * from './regions';
export * from './provinces';

const provinceMap: ReadonlyMap<string, Province> = new Map(PROVINCES.map((p) => [p.code, p]));
const regionMap: ReadonlyMap<string, Region> = new Map(REGIONS.map((r) => [r.code, r]));

/** The province with this code, or undefined for an unknown code. O(1). */
export function provinceByCode(code: string): Province | undefined {
  return provinceMap.get(code);
}

/** The region a province belongs to, or undefined for an unknown province code. */
export function regionOfProvince(code: string): Region | undefined {
  const province = provinceMap.get(code);
  return province ? regionMap.get(province.regionCode) : undefined;
}

/** Regions in code order, each with its provinces in list order (for a grouped <select>). */
export function provincesByRegion(): Array<{ region: Region; provinces: Province[] }> {
  return REGIONS.map((region) => ({
    region,
    provinces: PROVINCES.filter((p) => p.regionCode === region.code),
  }));
}
