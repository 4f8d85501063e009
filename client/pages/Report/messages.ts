// The report screen's own words (its controls; the tables' words are the seeds', in
// shared/reports/labels). Three small catalogues, shipped with the screen's chunk.
import type { Locale } from '../../../shared/enums';

const ar = {
  title: 'تقرير المشاركين',
  basis: 'من نحتسب؟',
  'basis.attended': 'الحاضرون (سُجّل حضورهم)',
  'basis.accepted': 'المقبولون',
  'basis.registered': 'كل المسجلين ما عدا الملغاة',
  print: 'طباعة / PDF',
  files: 'تحميل الجداول',
  csv: 'CSV',
  xlsx: 'Excel (XLSX)',
  hideSmall: 'إخفاء الخانات التي تقل عن 3 أشخاص (لنشر الجداول خارج فريق التنظيم)',
  updating: 'جارٍ التحديث…',
  back: 'العودة إلى اللقاء',
  notFound: 'لم نجد هذا اللقاء.',
};

export type ReportMessageKey = keyof typeof ar;

const fr: Record<ReportMessageKey, string> = {
  title: 'Rapport des participants',
  basis: 'Qui compter ?',
  'basis.attended': 'Présents (arrivée enregistrée)',
  'basis.accepted': 'Acceptés',
  'basis.registered': 'Tous les inscrits, sauf annulés',
  print: 'Imprimer / PDF',
  files: 'Télécharger les tableaux',
  csv: 'CSV',
  xlsx: 'Excel (XLSX)',
  hideSmall: 'Masquer les cases de moins de 3 personnes (pour diffuser hors de l’équipe)',
  updating: 'Mise à jour…',
  back: 'Retour à la rencontre',
  notFound: 'Cette rencontre est introuvable.',
};

const en: Record<ReportMessageKey, string> = {
  title: 'Participant report',
  basis: 'Who to count',
  'basis.attended': 'Attended (checked in)',
  'basis.accepted': 'Accepted',
  'basis.registered': 'Everyone registered except cancellations',
  print: 'Print / PDF',
  files: 'Download the tables',
  csv: 'CSV',
  xlsx: 'Excel (XLSX)',
  hideSmall: 'Hide cells of fewer than 3 people (to share outside the organizing team)',
  updating: 'Updating…',
  back: 'Back to the meeting',
  notFound: 'This meeting could not be found.',
};

const catalogues: Record<Locale, Record<ReportMessageKey, string>> = { ar, fr, en };

export function rt(
  key: ReportMessageKey,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  return catalogues[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
