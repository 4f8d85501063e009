// The words of the participant tables, in Arabic as the seed reports print them (the fourth
// consultation, Tangier, October 2023), in French and in English. One source for the screen,
// the printed page and the CSV/XLSX exports (which speak the asker's language).
import type { Locale } from '../enums';
import { provinceByCode, REGIONS } from '../geo';
import type { TableName } from './types';

export interface Bilingual {
  ar: string;
  fr: string;
  /** For the files an English-speaking asker downloads; French where it is missing. */
  en?: string;
}

/** "المشاركون" — the section of a meeting report this reproduces. */
export const PARTICIPANTS: Bilingual = { ar: 'المشاركون', fr: 'Participants', en: 'Participants' };
export const GRAND_TOTAL: Bilingual = {
  ar: 'العدد الإجمالي',
  fr: 'Nombre total',
  en: 'Total number',
};
export const DISTRIBUTION_BY: Bilingual = {
  ar: 'توزيع المشاركين حسب',
  fr: 'Répartition des participants par',
  en: 'Participants by',
};
export const COUNT_HEADING: Bilingual = {
  ar: 'عدد المشاركين',
  fr: 'Nombre de participants',
  en: 'Number of participants',
};
export const TOTAL_ROW: Bilingual = { ar: 'المجموع', fr: 'Total', en: 'Total' };
export const CODE_HEADING: Bilingual = { ar: 'الرمز', fr: 'Code', en: 'Code' };
export const PROGRAMME: Bilingual = {
  ar: 'برنامج اللقاء',
  fr: 'Programme de la rencontre',
  en: 'Meeting programme',
};
export const PROGRAMME_TIME: Bilingual = { ar: 'التوقيت', fr: 'Horaire', en: 'Time' };
export const PROGRAMME_ITEM: Bilingual = { ar: 'الفقرة', fr: 'Séquence', en: 'Item' };
export const NO_SHOWS: Bilingual = {
  ar: 'مقبولون لم يحضروا',
  fr: 'Acceptés non venus',
  en: 'Accepted, did not come',
};
export const BASIS_HEADING: Bilingual = { ar: 'الأساس', fr: 'Base', en: 'Basis' };
export const MEETINGS_HEADING: Bilingual = { ar: 'اللقاءات', fr: 'Rencontres', en: 'Meetings' };
export const MORE_DETAILS: Bilingual = {
  ar: 'تفاصيل أخرى',
  fr: 'Autres détails',
  en: 'More details',
};
export const GEOGRAPHY: Bilingual = {
  ar: 'التوزيع الجغرافي',
  fr: 'Répartition géographique',
  en: 'Geography',
};
export const MAP_TITLE: Bilingual = {
  ar: 'عدد المشاركين حسب العمالة أو الإقليم',
  fr: 'Participants par préfecture ou province',
  en: 'Participants by prefecture or province',
};
export const PROVINCES_SHOWN: Bilingual = {
  ar: 'العمالات والأقاليم التي جاء منها مشارك واحد على الأقل',
  fr: 'Préfectures et provinces d’où vient au moins une personne',
  en: 'Prefectures and provinces at least one person came from',
};
export const SEVERAL_NEEDS: Bilingual = {
  ar: 'قد يذكر الشخص الواحد أكثر من حاجة.',
  fr: 'Une même personne peut indiquer plusieurs besoins.',
  en: 'One person may give several needs.',
};

/** "68 مشاركة/مشارك" */
export function participantCount(n: number): Bilingual {
  return { ar: `${n} مشاركة/مشارك`, fr: `${n} participant·e·s`, en: `${n} participants` };
}

export const BASIS_LABELS: Record<'attended' | 'accepted' | 'registered', Bilingual> = {
  attended: { ar: 'الحاضرون', fr: 'Présents', en: 'Attended' },
  accepted: { ar: 'المقبولون', fr: 'Acceptés', en: 'Accepted' },
  registered: { ar: 'المسجلون', fr: 'Inscrits', en: 'Registered' },
};

/** The first column's heading of each table ("الفئة العمرية | عدد المشاركين"). */
export const TABLE_HEADINGS: Record<TableName, Bilingual> = {
  byAgeBand: { ar: 'الفئة العمرية', fr: "Tranche d'âge", en: 'Age band' },
  byRole: { ar: 'الصفة', fr: 'Qualité', en: 'Capacity' },
  byGender: { ar: 'الجنس', fr: 'Genre', en: 'Gender' },
  bySource: { ar: 'طريقة التسجيل', fr: "Mode d'inscription", en: 'Source' },
  byAccessibility: {
    ar: 'الحاجيات الخاصة',
    fr: "Besoins d'accessibilité",
    en: 'Accessibility needs',
  },
  byRegion: { ar: 'الجهة', fr: 'Région', en: 'Region' },
  byProvince: {
    ar: 'العمالة أو الإقليم',
    fr: 'Préfecture ou province',
    en: 'Prefecture or province',
  },
};

/** The bullet above each table ("• الفئات العمرية:"). */
export const TABLE_TITLES: Record<TableName, Bilingual> = {
  ...TABLE_HEADINGS,
  byAgeBand: { ar: 'الفئات العمرية', fr: "Tranches d'âge", en: 'Age bands' },
};

// The Tangier report spells the first capacity "متنخب(ة)", a typo the Casablanca report does
// not make: the correct spelling is kept, with Tangier's spacing.
const CELLS: Partial<Record<TableName, Record<string, Bilingual>>> = {
  byAgeBand: {
    '18-30': { ar: 'ما بين 18 و 30 سنة', fr: 'Entre 18 et 30 ans', en: '18 to 30' },
    '30-40': { ar: 'ما بين 30 و 40 سنة', fr: 'Entre 30 et 40 ans', en: '30 to 40' },
    '40-50': { ar: 'ما بين 40 و 50 سنة', fr: 'Entre 40 et 50 ans', en: '40 to 50' },
    '50-60': { ar: 'ما بين 50 و 60 سنة', fr: 'Entre 50 et 60 ans', en: '50 to 60' },
    '60+': { ar: 'أزيد من 60 سنة', fr: 'Plus de 60 ans', en: 'Over 60' },
    unknown: { ar: 'غير متوفر', fr: 'Non disponible', en: 'Not given' },
  },
  byRole: {
    elected: { ar: 'منتخب(ة) محلي(ة)', fr: 'Élu(e) local(e)', en: 'Local elected official' },
    association: {
      ar: 'فاعل(ة) جمعي(ة)',
      fr: 'Acteur(rice) associatif(ve)',
      en: 'Association member',
    },
    public_sector: { ar: 'قطاع عام', fr: 'Secteur public', en: 'Public sector' },
    academic: {
      ar: 'باحث(ة) / أكاديمي(ة)',
      fr: 'Chercheur(se) / Universitaire',
      en: 'Researcher / academic',
    },
    citizen: { ar: 'مواطن(ة)', fr: 'Citoyen(ne)', en: 'Citizen' },
    expert: { ar: 'خبير(ة)', fr: 'Expert(e)', en: 'Expert' },
    other: { ar: 'صفة أخرى', fr: 'Autre qualité', en: 'Other capacity' },
  },
  byGender: {
    female: { ar: 'أنثى', fr: 'Femme', en: 'Female' },
    male: { ar: 'ذكر', fr: 'Homme', en: 'Male' },
  },
  bySource: {
    online: { ar: 'عبر الإنترنت', fr: 'En ligne', en: 'Online' },
    invited: { ar: 'بدعوة', fr: 'Sur invitation', en: 'Invited' },
    'walk-in': { ar: 'في عين المكان', fr: 'Sur place', en: 'Walk-in' },
  },
  byAccessibility: {
    wheelchair: { ar: 'ولوج بكرسي متحرك', fr: 'Fauteuil roulant', en: 'Wheelchair' },
    sign_language: { ar: 'ترجمة بلغة الإشارة', fr: 'Langue des signes', en: 'Sign language' },
    braille: { ar: 'وثائق بطريقة برايل', fr: 'Braille', en: 'Braille' },
    large_print: { ar: 'وثائق بخط كبير', fr: 'Gros caractères', en: 'Large print' },
    companion: { ar: 'مرافق(ة)', fr: 'Accompagnant(e)', en: 'Companion' },
    other: { ar: 'حاجة أخرى', fr: 'Autre besoin', en: 'Other need' },
    none: { ar: 'بدون حاجيات خاصة', fr: 'Aucun besoin', en: 'No need' },
  },
};

const regionNames = new Map(REGIONS.map((r) => [r.code as string, r.name]));

/** The row label of one cell: a category, a region or a province. */
export function cellLabel(table: TableName, key: string): Bilingual {
  if (table === 'byRegion') return regionNames.get(key) ?? { ar: key, fr: key };
  if (table === 'byProvince') return provinceByCode(key)?.name ?? { ar: key, fr: key };
  return CELLS[table]?.[key] ?? { ar: key, fr: key };
}

/** A label in the asker's language: English falls back to French (the Latin spelling). */
export function labelIn(text: Bilingual, locale: Locale): string {
  if (locale === 'ar') return text.ar;
  return (locale === 'en' ? text.en : undefined) ?? text.fr;
}
