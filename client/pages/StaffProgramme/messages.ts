// The organizers' programme dashboard words (staff screens load all three languages).
import type { Locale } from '../../../shared/enums';

const ar = {
  title: 'لوحة قيادة البرنامج',
  publicPage: 'الصفحة العمومية للبرنامج',
  meetings: 'اللقاءات',
  meeting: 'اللقاء',
  date: 'التاريخ',
  registered: 'المسجلون',
  accepted: 'المقبولون',
  attended: 'الحاضرون',
  feedback: 'الآراء',
  proposalsCol: 'المقترحات (توصلنا / قيد الدراسة / مقبولة / غير مقبولة)',
  draft: 'مسودة',
  open: 'فتح اللقاء',
  report: 'تقرير المشاركة للبرنامج كله',
  totals: 'المسجلون والمقبولون والحاضرون',
  basis: 'من نحتسب في الجداول؟',
  'basis.attended': 'الحاضرون',
  'basis.accepted': 'المقبولون',
  'basis.registered': 'كل المسجلين ما عدا الملغاة',
  total: 'المجموع: {n}',
  smallCells:
    'يشمل هذا التقرير لقاءات فرق أخرى: الخانات التي فيها شخص أو شخصان مخفية (<3)، كما في الصفحة العمومية.',
  files: 'الملفات',
  csv: 'الجداول (CSV)',
  xlsx: 'الجداول (Excel)',
  evidence: 'ملف الإثبات (Excel): المسار، المشاركة، المقترحات ومآلها',
  proposals: 'مقترحات كل اللقاءات',
  proposalsNone: 'لا توجد مقترحات بعد.',
  notYours: 'لست في فريق هذا اللقاء: المآل للاطلاع فقط.',
  fate: 'المآل: {status}',
  notFound: 'لم نجد هذا البرنامج.',
  hiddenMark: '(مخفي)',
};

export type StaffProgrammeKey = keyof typeof ar;

const fr: Record<StaffProgrammeKey, string> = {
  title: 'Tableau de bord du programme',
  publicPage: 'Page publique du programme',
  meetings: 'Les rencontres',
  meeting: 'Rencontre',
  date: 'Date',
  registered: 'Inscrits',
  accepted: 'Acceptés',
  attended: 'Présents',
  feedback: 'Avis',
  proposalsCol: 'Propositions (reçues / à l’étude / retenues / non retenues)',
  draft: 'Brouillon',
  open: 'Ouvrir la rencontre',
  report: 'Rapport de participation de tout le programme',
  totals: 'Inscrits, acceptés et présents',
  basis: 'Qui compter dans les tableaux ?',
  'basis.attended': 'Présents',
  'basis.accepted': 'Acceptés',
  'basis.registered': 'Tous les inscrits, sauf annulés',
  total: 'Total : {n}',
  smallCells:
    "Ce rapport inclut des rencontres d'autres équipes : les cases d'une ou deux personnes sont masquées (<3), comme sur la page publique.",
  files: 'Fichiers',
  csv: 'Tableaux (CSV)',
  xlsx: 'Tableaux (Excel)',
  evidence: 'Dossier de preuves (Excel) : calendrier, participation, propositions et leur sort',
  proposals: 'Les propositions de toutes les rencontres',
  proposalsNone: 'Aucune proposition pour l’instant.',
  notYours: 'Vous n’êtes pas dans l’équipe de cette rencontre : sort en lecture seule.',
  fate: 'Sort : {status}',
  notFound: 'Programme introuvable.',
  hiddenMark: '(masquée)',
};

const en: Record<StaffProgrammeKey, string> = {
  title: 'Programme dashboard',
  publicPage: 'Public page of the programme',
  meetings: 'Meetings',
  meeting: 'Meeting',
  date: 'Date',
  registered: 'Registered',
  accepted: 'Accepted',
  attended: 'Attended',
  feedback: 'Feedback',
  proposalsCol: 'Proposals (received / under study / retained / not retained)',
  draft: 'Draft',
  open: 'Open the meeting',
  report: 'Participation report of the whole programme',
  totals: 'Registered, accepted and attended',
  basis: 'Who to count in the tables',
  'basis.attended': 'Attended',
  'basis.accepted': 'Accepted',
  'basis.registered': 'Everyone registered except cancellations',
  total: 'Total: {n}',
  smallCells:
    "This report includes other teams' meetings: cells of one or two people are hidden (<3), as on the public page.",
  files: 'Files',
  csv: 'Tables (CSV)',
  xlsx: 'Tables (Excel)',
  evidence: 'Evidence pack (Excel): timeline, participation, proposals and their fate',
  proposals: 'Proposals of every meeting',
  proposalsNone: 'No proposals yet.',
  notYours: 'You are not on this meeting’s team: its fate is read-only to you.',
  fate: 'Fate: {status}',
  notFound: 'This programme could not be found.',
  hiddenMark: '(hidden)',
};

const CATALOGUES: Record<Locale, Record<StaffProgrammeKey, string>> = { ar, fr, en };

export function sp(
  locale: Locale,
  key: StaffProgrammeKey,
  params: Record<string, string | number> = {},
): string {
  return CATALOGUES[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
