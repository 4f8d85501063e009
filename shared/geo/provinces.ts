// Morocco's 75 provinces and prefectures: slug codes, names, region, and seat coordinates.
import type { RegionCode } from './regions';

export const PROVINCE_CODES = [
  // 01 Tanger-Tétouan-Al Hoceïma
  'tanger-assilah',
  'mdiq-fnideq',
  'tetouan',
  'fahs-anjra',
  'larache',
  'al-hoceima',
  'chefchaouen',
  'ouezzane',
  // 02 L'Oriental
  'oujda-angad',
  'nador',
  'driouch',
  'jerada',
  'berkane',
  'taourirt',
  'guercif',
  'figuig',
  // 03 Fès-Meknès
  'fes',
  'meknes',
  'el-hajeb',
  'ifrane',
  'moulay-yacoub',
  'sefrou',
  'boulemane',
  'taounate',
  'taza',
  // 04 Rabat-Salé-Kénitra
  'rabat',
  'sale',
  'skhirate-temara',
  'kenitra',
  'khemisset',
  'sidi-kacem',
  'sidi-slimane',
  // 05 Béni Mellal-Khénifra
  'beni-mellal',
  'azilal',
  'fquih-ben-salah',
  'khenifra',
  'khouribga',
  // 06 Casablanca-Settat
  'casablanca',
  'mohammedia',
  'el-jadida',
  'nouaceur',
  'mediouna',
  'benslimane',
  'berrechid',
  'settat',
  'sidi-bennour',
  // 07 Marrakech-Safi
  'marrakech',
  'chichaoua',
  'al-haouz',
  'el-kelaa-des-sraghna',
  'essaouira',
  'rehamna',
  'safi',
  'youssoufia',
  // 08 Drâa-Tafilalet
  'errachidia',
  'ouarzazate',
  'midelt',
  'tinghir',
  'zagora',
  // 09 Souss-Massa
  'agadir-ida-outanane',
  'inezgane-ait-melloul',
  'chtouka-ait-baha',
  'taroudant',
  'tiznit',
  'tata',
  // 10 Guelmim-Oued Noun
  'guelmim',
  'assa-zag',
  'tan-tan',
  'sidi-ifni',
  // 11 Laâyoune-Sakia El Hamra
  'laayoune',
  'boujdour',
  'tarfaya',
  'es-semara',
  // 12 Dakhla-Oued Ed-Dahab
  'oued-ed-dahab',
  'aousserd',
] as const;

export type ProvinceCode = (typeof PROVINCE_CODES)[number];

export interface Province {
  code: ProvinceCode;
  name: { ar: string; fr: string };
  regionCode: RegionCode;
  /** Latitude of the provincial seat, decimal degrees. */
  lat: number;
  /** Longitude of the provincial seat, decimal degrees. */
  lng: number;
}

function p(
  code: ProvinceCode,
  fr: string,
  ar: string,
  regionCode: RegionCode,
  lat: number,
  lng: number,
): Province {
  return { code, name: { ar, fr }, regionCode, lat, lng };
}

// Coordinates are those of the seat town (chef-lieu), e.g. Bouarfa for Figuig, Dakhla for
// Oued Ed-Dahab, Ben Guerir for Rehamna, Tahannaout for Al Haouz, Biougra for Chtouka-Aït Baha.
export const PROVINCES: readonly Province[] = [
  p('tanger-assilah', 'Tanger-Assilah', 'طنجة أصيلة', '01', 35.7595, -5.834),
  p('mdiq-fnideq', "M'diq-Fnideq", 'المضيق الفنيدق', '01', 35.6858, -5.3253),
  p('tetouan', 'Tétouan', 'تطوان', '01', 35.5785, -5.3684),
  p('fahs-anjra', 'Fahs-Anjra', 'الفحص أنجرة', '01', 35.69, -5.52),
  p('larache', 'Larache', 'العرائش', '01', 35.1932, -6.1557),
  p('al-hoceima', 'Al Hoceïma', 'الحسيمة', '01', 35.2517, -3.9372),
  p('chefchaouen', 'Chefchaouen', 'شفشاون', '01', 35.1688, -5.2636),
  p('ouezzane', 'Ouezzane', 'وزان', '01', 34.797, -5.5784),

  p('oujda-angad', 'Oujda-Angad', 'وجدة أنكاد', '02', 34.6814, -1.9086),
  p('nador', 'Nador', 'الناظور', '02', 35.1681, -2.9335),
  p('driouch', 'Driouch', 'الدريوش', '02', 34.9769, -3.3831),
  p('jerada', 'Jerada', 'جرادة', '02', 34.3117, -2.1636),
  p('berkane', 'Berkane', 'بركان', '02', 34.9218, -2.32),
  p('taourirt', 'Taourirt', 'تاوريرت', '02', 34.4073, -2.8973),
  p('guercif', 'Guercif', 'جرسيف', '02', 34.2257, -3.3536),
  p('figuig', 'Figuig', 'فجيج', '02', 32.5322, -1.9614),

  p('fes', 'Fès', 'فاس', '03', 34.0181, -5.0078),
  p('meknes', 'Meknès', 'مكناس', '03', 33.8935, -5.5473),
  p('el-hajeb', 'El Hajeb', 'الحاجب', '03', 33.6928, -5.3711),
  p('ifrane', 'Ifrane', 'إفران', '03', 33.5228, -5.1106),
  p('moulay-yacoub', 'Moulay Yacoub', 'مولاي يعقوب', '03', 34.0874, -5.1785),
  p('sefrou', 'Sefrou', 'صفرو', '03', 33.8305, -4.8353),
  p('boulemane', 'Boulemane', 'بولمان', '03', 33.3625, -4.7303),
  p('taounate', 'Taounate', 'تاونات', '03', 34.5358, -4.6398),
  p('taza', 'Taza', 'تازة', '03', 34.21, -4.01),

  p('rabat', 'Rabat', 'الرباط', '04', 34.0209, -6.8416),
  p('sale', 'Salé', 'سلا', '04', 34.0531, -6.7985),
  p('skhirate-temara', 'Skhirate-Témara', 'الصخيرات تمارة', '04', 33.9287, -6.9063),
  p('kenitra', 'Kénitra', 'القنيطرة', '04', 34.261, -6.5802),
  p('khemisset', 'Khémisset', 'الخميسات', '04', 33.824, -6.0663),
  p('sidi-kacem', 'Sidi Kacem', 'سيدي قاسم', '04', 34.226, -5.7078),
  p('sidi-slimane', 'Sidi Slimane', 'سيدي سليمان', '04', 34.2649, -5.9254),

  p('beni-mellal', 'Béni Mellal', 'بني ملال', '05', 32.3373, -6.3498),
  p('azilal', 'Azilal', 'أزيلال', '05', 31.9615, -6.5717),
  p('fquih-ben-salah', 'Fquih Ben Salah', 'الفقيه بن صالح', '05', 32.502, -6.6905),
  p('khenifra', 'Khénifra', 'خنيفرة', '05', 32.9394, -5.6686),
  p('khouribga', 'Khouribga', 'خريبكة', '05', 32.8811, -6.9063),

  p('casablanca', 'Casablanca', 'الدار البيضاء', '06', 33.5731, -7.5898),
  p('mohammedia', 'Mohammédia', 'المحمدية', '06', 33.6866, -7.383),
  p('el-jadida', 'El Jadida', 'الجديدة', '06', 33.2316, -8.5007),
  p('nouaceur', 'Nouaceur', 'النواصر', '06', 33.367, -7.553),
  p('mediouna', 'Médiouna', 'مديونة', '06', 33.4536, -7.51),
  p('benslimane', 'Benslimane', 'بنسليمان', '06', 33.6122, -7.1211),
  p('berrechid', 'Berrechid', 'برشيد', '06', 33.2655, -7.5875),
  p('settat', 'Settat', 'سطات', '06', 33.0011, -7.6166),
  p('sidi-bennour', 'Sidi Bennour', 'سيدي بنور', '06', 32.651, -8.4254),

  p('marrakech', 'Marrakech', 'مراكش', '07', 31.6295, -7.9811),
  p('chichaoua', 'Chichaoua', 'شيشاوة', '07', 31.5453, -8.765),
  p('al-haouz', 'Al Haouz', 'الحوز', '07', 31.3523, -7.9508),
  p('el-kelaa-des-sraghna', 'El Kelâa des Sraghna', 'قلعة السراغنة', '07', 32.0481, -7.4078),
  p('essaouira', 'Essaouira', 'الصويرة', '07', 31.5085, -9.7595),
  p('rehamna', 'Rehamna', 'الرحامنة', '07', 32.2359, -7.9538),
  p('safi', 'Safi', 'آسفي', '07', 32.2994, -9.2372),
  p('youssoufia', 'Youssoufia', 'اليوسفية', '07', 32.2463, -8.5294),

  p('errachidia', 'Errachidia', 'الرشيدية', '08', 31.9314, -4.4249),
  p('ouarzazate', 'Ouarzazate', 'ورزازات', '08', 30.9335, -6.937),
  p('midelt', 'Midelt', 'ميدلت', '08', 32.6852, -4.7451),
  p('tinghir', 'Tinghir', 'تنغير', '08', 31.5147, -5.5327),
  p('zagora', 'Zagora', 'زاكورة', '08', 30.3324, -5.8384),

  p('agadir-ida-outanane', 'Agadir Ida-Outanane', 'أكادير إداوتنان', '09', 30.4278, -9.5981),
  p('inezgane-ait-melloul', 'Inezgane-Aït Melloul', 'إنزكان أيت ملول', '09', 30.3553, -9.5378),
  p('chtouka-ait-baha', 'Chtouka-Aït Baha', 'اشتوكة أيت باها', '09', 30.2147, -9.3708),
  p('taroudant', 'Taroudant', 'تارودانت', '09', 30.4727, -8.8748),
  p('tiznit', 'Tiznit', 'تيزنيت', '09', 29.6974, -9.7316),
  p('tata', 'Tata', 'طاطا', '09', 29.7428, -7.9725),

  p('guelmim', 'Guelmim', 'كلميم', '10', 28.987, -10.0574),
  p('assa-zag', 'Assa-Zag', 'أسا الزاك', '10', 28.6086, -9.4269),
  p('tan-tan', 'Tan-Tan', 'طانطان', '10', 28.4378, -11.1032),
  p('sidi-ifni', 'Sidi Ifni', 'سيدي إفني', '10', 29.3797, -10.173),

  p('laayoune', 'Laâyoune', 'العيون', '11', 27.1253, -13.1625),
  p('boujdour', 'Boujdour', 'بوجدور', '11', 26.1256, -14.4842),
  p('tarfaya', 'Tarfaya', 'طرفاية', '11', 27.9378, -12.9264),
  p('es-semara', 'Es-Semara', 'السمارة', '11', 26.7384, -11.6719),

  p('oued-ed-dahab', 'Oued Ed-Dahab', 'وادي الذهب', '12', 23.6848, -15.958),
  p('aousserd', 'Aousserd', 'أوسرد', '12', 22.5544, -14.3289),
];
