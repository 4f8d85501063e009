// Checks Morocco's region/province tables against the official lists and basic geography.
import { describe, it, expect } from 'vitest';
import {
  PROVINCES,
  PROVINCE_CODES,
  REGIONS,
  REGION_CODES,
  provinceByCode,
  provincesByRegion,
  regionOfProvince,
} from './index';

const EXPECTED_REGIONS: Array<[string, string]> = [
  ['01', 'Tanger-Tétouan-Al Hoceïma'],
  ['02', "L'Oriental"],
  ['03', 'Fès-Meknès'],
  ['04', 'Rabat-Salé-Kénitra'],
  ['05', 'Béni Mellal-Khénifra'],
  ['06', 'Casablanca-Settat'],
  ['07', 'Marrakech-Safi'],
  ['08', 'Drâa-Tafilalet'],
  ['09', 'Souss-Massa'],
  ['10', 'Guelmim-Oued Noun'],
  ['11', 'Laâyoune-Sakia El Hamra'],
  ['12', 'Dakhla-Oued Ed-Dahab'],
];

// An array, not an object: integer-like keys ('10'…'12') would be enumerated first.
const EXPECTED_BY_REGION: Array<[string, string]> = [
  ['01', 'tanger-assilah mdiq-fnideq tetouan fahs-anjra larache al-hoceima chefchaouen ouezzane'],
  ['02', 'oujda-angad nador driouch jerada berkane taourirt guercif figuig'],
  ['03', 'fes meknes el-hajeb ifrane moulay-yacoub sefrou boulemane taounate taza'],
  ['04', 'rabat sale skhirate-temara kenitra khemisset sidi-kacem sidi-slimane'],
  ['05', 'beni-mellal azilal fquih-ben-salah khenifra khouribga'],
  [
    '06',
    'casablanca mohammedia el-jadida nouaceur mediouna benslimane berrechid settat sidi-bennour',
  ],
  ['07', 'marrakech chichaoua al-haouz el-kelaa-des-sraghna essaouira rehamna safi youssoufia'],
  ['08', 'errachidia ouarzazate midelt tinghir zagora'],
  ['09', 'agadir-ida-outanane inezgane-ait-melloul chtouka-ait-baha taroudant tiznit tata'],
  ['10', 'guelmim assa-zag tan-tan sidi-ifni'],
  ['11', 'laayoune boujdour tarfaya es-semara'],
  ['12', 'oued-ed-dahab aousserd'],
];

const ARABIC_LETTER = /[\u0621-\u064A]/;

function haversineKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function mustGet(code: string) {
  const p = provinceByCode(code);
  if (!p) throw new Error(`missing province ${code}`);
  return p;
}

describe('regions', () => {
  it('lists the 12 regions in code order with their exact French names', () => {
    expect(REGION_CODES).toEqual(EXPECTED_REGIONS.map(([code]) => code));
    expect(REGIONS.map((r) => [r.code, r.name.fr])).toEqual(EXPECTED_REGIONS);
  });

  it('gives every region an Arabic name, without the word جهة', () => {
    for (const r of REGIONS) {
      expect(r.name.ar).toMatch(ARABIC_LETTER);
      expect(r.name.ar).not.toMatch(/^جهة/);
    }
  });
});

describe('provinces', () => {
  it('has exactly 75 provinces with unique codes, in PROVINCE_CODES order', () => {
    expect(PROVINCES).toHaveLength(75);
    expect(PROVINCE_CODES).toHaveLength(75);
    expect(new Set(PROVINCE_CODES).size).toBe(75);
    expect(PROVINCES.map((p) => p.code)).toEqual([...PROVINCE_CODES]);
  });

  it('matches the expected province list of every region, in order', () => {
    expect(EXPECTED_BY_REGION.map(([code]) => code)).toEqual([...REGION_CODES]);
    for (const [code, list] of EXPECTED_BY_REGION) {
      const actual = PROVINCES.filter((p) => p.regionCode === code).map((p) => p.code);
      expect(actual, `region ${code}`).toEqual(list.split(' '));
    }
    expect(PROVINCE_CODES.join(' ')).toBe(EXPECTED_BY_REGION.map(([, list]) => list).join(' '));
  });

  it('places every seat inside Morocco with 4-decimal coordinates', () => {
    for (const p of PROVINCES) {
      expect(p.lat, p.code).toBeGreaterThanOrEqual(20.7);
      expect(p.lat, p.code).toBeLessThanOrEqual(36);
      expect(p.lng, p.code).toBeGreaterThanOrEqual(-17.2);
      expect(p.lng, p.code).toBeLessThanOrEqual(-0.9);
      expect(Math.round(p.lat * 1e4) / 1e4, p.code).toBe(p.lat);
      expect(Math.round(p.lng * 1e4) / 1e4, p.code).toBe(p.lng);
    }
  });

  it('gives every province an Arabic name and a non-empty French name', () => {
    for (const p of PROVINCES) {
      expect(p.name.ar, p.code).toMatch(ARABIC_LETTER);
      expect(p.name.fr.trim(), p.code).not.toBe('');
    }
  });

  it('has plausible distances between known seats', () => {
    const tanger = mustGet('tanger-assilah');
    const tetouan = mustGet('tetouan');
    const alHoceima = mustGet('al-hoceima');
    const dTet = haversineKm(tanger, tetouan);
    expect(dTet).toBeGreaterThan(40);
    expect(dTet).toBeLessThan(60);
    const dHoc = haversineKm(tanger, alHoceima);
    expect(dHoc).toBeGreaterThan(150);
    expect(dHoc).toBeLessThan(200);
    const dCasaRabat = haversineKm(mustGet('casablanca'), mustGet('rabat'));
    expect(dCasaRabat).toBeGreaterThan(80);
    expect(dCasaRabat).toBeLessThan(95);
  });
});

describe('helpers', () => {
  it('looks provinces up by code', () => {
    expect(provinceByCode('fes')?.name.fr).toBe('Fès');
    expect(provinceByCode('atlantis')).toBeUndefined();
  });

  it('finds the region of a province', () => {
    expect(regionOfProvince('laayoune')?.code).toBe('11');
    expect(regionOfProvince('mdiq-fnideq')?.name.fr).toBe('Tanger-Tétouan-Al Hoceïma');
    expect(regionOfProvince('nope')).toBeUndefined();
  });

  it('groups provinces by region in order, covering all 75', () => {
    const groups = provincesByRegion();
    expect(groups.map((g) => g.region.code)).toEqual([...REGION_CODES]);
    expect(groups.flatMap((g) => g.provinces.map((p) => p.code))).toEqual([...PROVINCE_CODES]);
    for (const g of groups) {
      expect(g.provinces.every((p) => p.regionCode === g.region.code)).toBe(true);
    }
  });
});
