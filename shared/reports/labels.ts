// The words of the participant tables, in Arabic as the seed reports print them (the fourth
// consultation, Tangier, October 2023) with French beside. One source for the screen, the
// printed page and the CSV/XLSX exports.
import { provinceByCode, REGIONS } from '../geo';
import type { TableName } from './types';

export interface Bilingual {
  ar: string;
  fr: string;
}

/** "المشاركون" — the section of a meeting report this reproduces. */
export const PARTICIPANTS: Bilingual = { ar: 'المشاركون', fr: 'Participants' };
export const GRAND_TOTAL: Bilingual = { ar: 'العدد الإجمالي', fr: 'Nombre total' };
export const DISTRIBUTION_BY: Bilingual = {
  ar: 'توزيع المشاركين حسب',
  fr: 'Répartition des participants par',
};
export const COUNT_HEADING: Bilingual = { ar: 'عدد المشاركين', fr: 'Nombre de participants' };
export const TOTAL_ROW: Bilingual = { ar: 'المجموع', fr: 'Total' };
export const CODE_HEADING: Bilingual = { ar: 'الرمز', fr: 'Code' };
export const PROGRAMME: Bilingual = { ar: 'برنامج اللقاء', fr: 'Programme de la rencontre' };
export const PROGRAMME_TIME: Bilingual = { ar: 'التوقيت', fr: 'Horaire' };
export const PROGRAMME_ITEM: Bilingual = { ar: 'الفقرة', fr: 'Séquence' };
export const NO_SHOWS: Bilingual = { ar: 'مقبولون لم يحضروا', fr: 'Acceptés non venus' };
export const BASIS_HEADING: Bilingual = { ar: 'الأساس', fr: 'Base' };
export const MEETINGS_HEADING: Bilingual = { ar: 'اللقاءات', fr: 'Rencontres' };
export const MORE_DETAILS: Bilingual = { ar: 'تفاصيل أخرى', fr: 'Autres détails' };
export const GEOGRAPHY: Bilingual = { ar: 'التوزيع الجغرافي', fr: 'Répartition géographique' };
export const MAP_TITLE: Bilingual = {
  ar: 'عدد المشاركين حسب العمالة أو الإقليم',
  fr: 'Participants par préfecture ou province',
};
export const PROVINCES_SHOWN: Bilingual = {
  ar: 'العمالات والأقاليم التي جاء منها مشارك واحد على الأقل',
  fr: 'Préfectures et provinces d’où vient au moins une personne',
};
export const SEVERAL_NEEDS: Bilingual = {
  ar: 'قد يذكر الشخص الواحد أكثر من حاجة.',
  fr: 'Une même personne peut indiquer plusieurs besoins.',
};

/** "68 مشاركة/مشارك" */
export function participantCount(n: number): Bilingual {
  return { ar: `${n} مشاركة/مشارك`, fr: `${n} participant·e·s` };
}

export const BASIS_LABELS: Record<'attended' | 'accepted' | 'registered', Bilingual> = {
  attended: { ar: 'الحاضرون', fr: 'Présents' },
  accepted: { ar: 'المقبولون', fr: 'Acceptés' },
  registered: { ar: 'المسجلون', fr: 'Inscrits' },
};

/** The first column's heading of each table ("الفئة العمرية | عدد المشاركين"). */
export const TABLE_HEADINGS: Record<TableName, Bilingual> = {
  byAgeBand: { ar: 'الفئة العمرية', fr: "Tranche d'âge" },
  byRole: { ar: 'الصفة', fr: 'Qualité' },
  byGender: { ar: 'الجنس', fr: 'Genre' },
  bySource: { ar: 'طريقة التسجيل', fr: "Mode d'inscription" },
  byAccessibility: { ar: 'الحاجيات الخاصة', fr: "Besoins d'accessibilité" },
  byRegion: { ar: 'الجهة', fr: 'Région' },
  byProvince: { ar: 'العمالة أو الإقليم', fr: 'Préfecture ou province' },
};

/** The bullet above each table ("• الفئات العمرية:"). */
export const TABLE_TITLES: Record<TableName, Bilingual> = {
  ...TABLE_HEADINGS,
  byAgeBand: { ar: 'الفئات العمرية', fr: "Tranches d'âge" },
};

// The Tangier report spells the first capacity "متنخب(ة)", a typo the Casablanca report does
// not make: the correct spelling is kept, with Tangier's spacing.
const CELLS: Partial<Record<TableName, Record<string, Bilingual>>> = {
  byAgeBand: {
    '18-30': { ar: 'ما بين 18 و 30 سنة', fr: 'Entre 18 et 30 ans' },
    '30-40': { ar: 'ما بين 30 و 40 سنة', fr: 'Entre 30 et 40 ans' },
    '40-50': { ar: 'ما بين 40 و 50 سنة', fr: 'Entre 40 et 50 ans' },
    '50-60': { ar: 'ما بين 50 و 60 سنة', fr: 'Entre 50 et 60 ans' },
    '60+': { ar: 'أزيد من 60 سنة', fr: 'Plus de 60 ans' },
    unknown: { ar: 'غير متوفر', fr: 'Non disponible' },
  },
  byRole: {
    elected: { ar: 'منتخب(ة) محلي(ة)', fr: 'Élu(e) local(e)' },
    association: { ar: 'فاعل(ة) جمعي(ة)', fr: 'Acteur(rice) associatif(ve)' },
    public_sector: { ar: 'قطاع عام', fr: 'Secteur public' },
    academic: { ar: 'باحث(ة) / أكاديمي(ة)', fr: 'Chercheur(se) / Universitaire' },
    citizen: { ar: 'مواطن(ة)', fr: 'Citoyen(ne)' },
    expert: { ar: 'خبير(ة)', fr: 'Expert(e)' },
    other: { ar: 'صفة أخرى', fr: 'Autre qualité' },
  },
  byGender: {
    female: { ar: 'أنثى', fr: 'Femme' },
    male: { ar: 'ذكر', fr: 'Homme' },
  },
  bySource: {
    online: { ar: 'عبر الإنترنت', fr: 'En ligne' },
    invited: { ar: 'بدعوة', fr: 'Sur invitation' },
    'walk-in': { ar: 'في عين المكان', fr: 'Sur place' },
  },
  byAccessibility: {
    wheelchair: { ar: 'ولوج بكرسي متحرك', fr: 'Fauteuil roulant' },
    sign_language: { ar: 'ترجمة بلغة الإشارة', fr: 'Langue des signes' },
    braille: { ar: 'وثائق بطريقة برايل', fr: 'Braille' },
    large_print: { ar: 'وثائق بخط كبير', fr: 'Gros caractères' },
    companion: { ar: 'مرافق(ة)', fr: 'Accompagnant(e)' },
    other: { ar: 'حاجة أخرى', fr: 'Autre besoin' },
    none: { ar: 'بدون حاجيات خاصة', fr: 'Aucun besoin' },
  },
};

const regionNames = new Map(REGIONS.map((r) => [r.code as string, r.name]));

/** The row label of one cell: a category, a region or a province. */
export function cellLabel(table: TableName, key: string): Bilingual {
  if (table === 'byRegion') return regionNames.get(key) ?? { ar: key, fr: key };
  if (table === 'byProvince') return provinceByCode(key)?.name ?? { ar: key, fr: key };
  return CELLS[table]?.[key] ?? { ar: key, fr: key };
}

/** "الفئة العمرية / Tranche d'âge": Arabic with French beside, as file headings read. */
export function sideBySide(text: Bilingual): string {
  return `${text.ar} / ${text.fr}`;
}
