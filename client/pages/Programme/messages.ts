// The public programme page's words, in the three languages (shipped with the page's chunk).
import type { Locale } from '../../../shared/enums';
import type { ProposalStatus } from '../../../shared/enums';

const ar = {
  notFound: 'لم نجد هذا البرنامج. ربما تغير رابطه.',
  timeline: 'مسار اللقاءات',
  past: 'لقاءات انعقدت',
  open: 'التسجيل مفتوح',
  upcoming: 'لقاءات مقبلة',
  noMeetings: 'لم يُعلن عن أي لقاء بعد.',
  meetingPage: 'صفحة اللقاء',
  mapTitle: 'أماكن اللقاءات والمشاركون حسب الجهة',
  mapDesc: 'كل دائرة جهة، حجمها بعدد المشاركين منها؛ المعينات أماكن اللقاءات مرقمة حسب ترتيبها.',
  participation: 'المشاركة إلى حد الآن',
  participationNote:
    'الحاضرون في كل اللقاءات. الخانات التي تقل عن 3 أشخاص مخفية (<3) حماية للمعطيات الشخصية.',
  total: 'مجموع المشاركين: {n}',
  byMeeting: 'حسب اللقاء',
  byRegion: 'حسب الجهة',
  category: 'الفئة',
  count: 'العدد',
  proposals: 'المقترحات ومآلها',
  proposalsIntro: 'كل المقترحات التي جُمعت في اللقاءات، دون أسماء أصحابها، ومآل كل منها.',
  filterMeeting: 'اللقاء',
  filterStatus: 'المآل',
  filterInstitution: 'المؤسسة المعنية',
  search: 'بحث في المقترحات',
  all: 'الكل',
  shown: 'المقترحات المعروضة: {n} من {total}',
  none: 'لا توجد مقترحات تطابق هذا الاختيار.',
  workshop: 'الورشة',
  explanation: 'التوضيح',
  institution: 'المؤسسة المعنية',
  downloads: 'تحميل البيانات المفتوحة',
  downloadsNote: 'تُنشر هذه البيانات بترخيص {licence}، مع تاريخ استخراجها في كل ملف.',
  proposalsCsv: 'المقترحات (CSV)',
  proposalsJson: 'المقترحات (JSON)',
  reportCsv: 'جداول المشاركة (CSV)',
  reportJson: 'جداول المشاركة (JSON)',
  'status.received': 'توصلنا به',
  'status.under-study': 'قيد الدراسة',
  'status.retained': 'تم قبوله',
  'status.not-retained': 'لم يتم قبوله',
};

export type ProgrammeMessageKey = keyof typeof ar;

const fr: Record<ProgrammeMessageKey, string> = {
  notFound: 'Programme introuvable : son lien a peut-être changé.',
  timeline: 'Le parcours des rencontres',
  past: 'Rencontres tenues',
  open: 'Inscriptions ouvertes',
  upcoming: 'Rencontres à venir',
  noMeetings: 'Aucune rencontre annoncée pour l’instant.',
  meetingPage: 'Page de la rencontre',
  mapTitle: 'Lieux des rencontres et participants par région',
  mapDesc:
    'Chaque cercle est une région, à la taille de ses participants ; les losanges sont les lieux des rencontres, numérotés dans l’ordre.',
  participation: 'La participation à ce jour',
  participationNote:
    'Personnes présentes, toutes rencontres confondues. Les cases de moins de 3 personnes sont masquées (<3) pour protéger les données personnelles.',
  total: 'Total des participants : {n}',
  byMeeting: 'Par rencontre',
  byRegion: 'Par région',
  category: 'Catégorie',
  count: 'Nombre',
  proposals: 'Les propositions et leur sort',
  proposalsIntro:
    'Toutes les propositions recueillies lors des rencontres, sans le nom de leurs auteurs, avec ce qu’il advient de chacune.',
  filterMeeting: 'Rencontre',
  filterStatus: 'Sort',
  filterInstitution: 'Institution concernée',
  search: 'Rechercher dans les propositions',
  all: 'Toutes',
  shown: 'Propositions affichées : {n} sur {total}',
  none: 'Aucune proposition ne correspond à ce choix.',
  workshop: 'Atelier',
  explanation: 'Explication',
  institution: 'Institution concernée',
  downloads: 'Télécharger les données ouvertes',
  downloadsNote:
    'Ces données sont publiées sous licence {licence} ; chaque fichier porte sa date d’extraction.',
  proposalsCsv: 'Propositions (CSV)',
  proposalsJson: 'Propositions (JSON)',
  reportCsv: 'Tableaux de participation (CSV)',
  reportJson: 'Tableaux de participation (JSON)',
  'status.received': 'Reçue',
  'status.under-study': 'À l’étude',
  'status.retained': 'Retenue',
  'status.not-retained': 'Non retenue',
};

const en: Record<ProgrammeMessageKey, string> = {
  notFound: 'We could not find this programme. Its link may have changed.',
  timeline: 'The meetings',
  past: 'Meetings held',
  open: 'Registration open',
  upcoming: 'Upcoming meetings',
  noMeetings: 'No meeting has been announced yet.',
  meetingPage: 'Meeting page',
  mapTitle: 'Where the meetings take place, and participants by region',
  mapDesc:
    'Each circle is a region, sized by its participants; the diamonds are the meeting venues, numbered in order.',
  participation: 'Participation so far',
  participationNote:
    'People who attended, all meetings together. Cells of fewer than 3 people are hidden (<3) to protect personal data.',
  total: 'Participants in all: {n}',
  byMeeting: 'By meeting',
  byRegion: 'By region',
  category: 'Category',
  count: 'Number',
  proposals: 'Proposals and their fate',
  proposalsIntro:
    'Every proposal collected at the meetings, without their authors’ names, with what became of each.',
  filterMeeting: 'Meeting',
  filterStatus: 'Fate',
  filterInstitution: 'Institution concerned',
  search: 'Search the proposals',
  all: 'All',
  shown: 'Proposals shown: {n} of {total}',
  none: 'No proposal matches this choice.',
  workshop: 'Workshop',
  explanation: 'Explanation',
  institution: 'Institution concerned',
  downloads: 'Download the open data',
  downloadsNote: 'Published under the {licence} licence; each file carries its extraction date.',
  proposalsCsv: 'Proposals (CSV)',
  proposalsJson: 'Proposals (JSON)',
  reportCsv: 'Participation tables (CSV)',
  reportJson: 'Participation tables (JSON)',
  'status.received': 'Received',
  'status.under-study': 'Under study',
  'status.retained': 'Retained',
  'status.not-retained': 'Not retained',
};

const CATALOGUES: Record<Locale, Record<ProgrammeMessageKey, string>> = { ar, fr, en };

export function gt(
  locale: Locale,
  key: ProgrammeMessageKey,
  params: Record<string, string | number> = {},
): string {
  return CATALOGUES[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function statusWord(locale: Locale, status: ProposalStatus): string {
  return gt(locale, `status.${status}`);
}
