// Morocco's twelve regions (2015 division): codes and official Arabic/French names.

export const REGION_CODES = [
  '01',
  '02',
  '03',
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '11',
  '12',
] as const;

export type RegionCode = (typeof REGION_CODES)[number];

export interface Region {
  code: RegionCode;
  name: { ar: string; fr: string };
}

export const REGIONS: readonly Region[] = [
  { code: '01', name: { ar: 'طنجة - تطوان - الحسيمة', fr: 'Tanger-Tétouan-Al Hoceïma' } },
  { code: '02', name: { ar: 'الشرق', fr: "L'Oriental" } },
  { code: '03', name: { ar: 'فاس - مكناس', fr: 'Fès-Meknès' } },
  { code: '04', name: { ar: 'الرباط - سلا - القنيطرة', fr: 'Rabat-Salé-Kénitra' } },
  { code: '05', name: { ar: 'بني ملال - خنيفرة', fr: 'Béni Mellal-Khénifra' } },
  { code: '06', name: { ar: 'الدار البيضاء - سطات', fr: 'Casablanca-Settat' } },
  { code: '07', name: { ar: 'مراكش - آسفي', fr: 'Marrakech-Safi' } },
  { code: '08', name: { ar: 'درعة - تافيلالت', fr: 'Drâa-Tafilalet' } },
  { code: '09', name: { ar: 'سوس - ماسة', fr: 'Souss-Massa' } },
  { code: '10', name: { ar: 'كلميم - واد نون', fr: 'Guelmim-Oued Noun' } },
  { code: '11', name: { ar: 'العيون - الساقية الحمراء', fr: 'Laâyoune-Sakia El Hamra' } },
  { code: '12', name: { ar: 'الداخلة - وادي الذهب', fr: 'Dakhla-Oued Ed-Dahab' } },
];
