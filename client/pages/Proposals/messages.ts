// The public proposals page's words, in the three languages (a short list: no lazy loading).
import type { Locale } from '../../../shared/enums';
import type { ProposalStatus } from '../../../shared/schemas/feedback';

const ar = {
  title: 'المقترحات ومآلها',
  intro:
    'تُنشر هنا الحلول التي اقترحها المشاركون، دون أسمائهم، ومآل كل منها. ويُوضَّح سبب عدم قبول أي مقترح.',
  count: 'عدد المقترحات: {n}',
  empty: 'لا توجد مقترحات منشورة بعد.',
  general: 'مقترحات عامة',
  explanation: 'التوضيح',
  institution: 'المؤسسة المعنية',
  status: 'المآل',
  giveFeedback: 'أضف رأيك ومقترحاتك',
  meetingPage: 'صفحة اللقاء',
  notFound: 'لم نجد هذا اللقاء. ربما لم يُنشر بعد أو تغير رابطه.',
  'status.received': 'توصلنا به',
  'status.under-study': 'قيد الدراسة',
  'status.retained': 'تم قبوله',
  'status.not-retained': 'لم يتم قبوله',
};

type Key = keyof typeof ar;

const fr: Record<Key, string> = {
  title: 'Les propositions et leur sort',
  intro:
    'Les solutions proposées par les participants sont publiées ici, sans leur nom, avec ce qu’il advient de chacune. Toute proposition non retenue est expliquée.',
  count: 'Nombre de propositions : {n}',
  empty: 'Aucune proposition publiée pour l’instant.',
  general: 'Propositions générales',
  explanation: 'Explication',
  institution: 'Institution concernée',
  status: 'Sort',
  giveFeedback: 'Donner votre avis et vos propositions',
  meetingPage: 'Page de la rencontre',
  notFound:
    'Rencontre introuvable : elle n’est peut-être pas encore publiée, ou son lien a changé.',
  'status.received': 'Reçue',
  'status.under-study': 'À l’étude',
  'status.retained': 'Retenue',
  'status.not-retained': 'Non retenue',
};

const en: Record<Key, string> = {
  title: 'Proposals and their fate',
  intro:
    'The solutions participants proposed are published here, without their names, with what became of each. Every proposal not retained is explained.',
  count: 'Number of proposals: {n}',
  empty: 'No proposals published yet.',
  general: 'General proposals',
  explanation: 'Explanation',
  institution: 'Institution concerned',
  status: 'Fate',
  giveFeedback: 'Give your feedback and proposals',
  meetingPage: 'Meeting page',
  notFound: 'We could not find this meeting. It may not be published yet, or its link changed.',
  'status.received': 'Received',
  'status.under-study': 'Under study',
  'status.retained': 'Retained',
  'status.not-retained': 'Not retained',
};

const CATALOGUES: Record<Locale, Record<Key, string>> = { ar, fr, en };

export function pt(locale: Locale, key: Key, params: Record<string, string | number> = {}): string {
  return CATALOGUES[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function statusText(locale: Locale, status: ProposalStatus): string {
  return pt(locale, `status.${status}`);
}
