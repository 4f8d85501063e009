// The words of a programme's files (evidence pack, open data): Arabic with French beside, as
// the report's files print them.
import type { Bilingual } from '../reports/labels';
import type { ProposalStatus } from '../schemas/feedback';

export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, Bilingual> = {
  received: { ar: 'توصلنا به', fr: 'Reçue' },
  'under-study': { ar: 'قيد الدراسة', fr: 'À l’étude' },
  retained: { ar: 'تم قبوله', fr: 'Retenue' },
  'not-retained': { ar: 'لم يتم قبوله', fr: 'Non retenue' },
};

export const PROGRAMME_HEADINGS = {
  programme: { ar: 'البرنامج', fr: 'Programme' },
  timeline: { ar: 'مسار اللقاءات', fr: 'Calendrier des rencontres' },
  proposals: { ar: 'المقترحات ومآلها', fr: 'Propositions et leur sort' },
  meeting: { ar: 'اللقاء', fr: 'Rencontre' },
  slug: { ar: 'المعرف', fr: 'Identifiant' },
  starts: { ar: 'البداية', fr: 'Début' },
  ends: { ar: 'النهاية', fr: 'Fin' },
  venue: { ar: 'المكان', fr: 'Lieu' },
  province: { ar: 'العمالة أو الإقليم', fr: 'Préfecture ou province' },
  region: { ar: 'الجهة', fr: 'Région' },
  status: { ar: 'الحالة', fr: 'Statut' },
  registered: { ar: 'المسجلون', fr: 'Inscrits' },
  accepted: { ar: 'المقبولون', fr: 'Acceptés' },
  attended: { ar: 'الحاضرون', fr: 'Présents' },
  feedback: { ar: 'الآراء', fr: 'Avis' },
  workshop: { ar: 'الورشة', fr: 'Atelier' },
  text: { ar: 'المقترح', fr: 'Proposition' },
  fate: { ar: 'المآل', fr: 'Sort' },
  explanation: { ar: 'التوضيح', fr: 'Explication' },
  institution: { ar: 'المؤسسة المعنية', fr: 'Institution concernée' },
  extractedAt: { ar: 'تاريخ الاستخراج', fr: 'Date d’extraction' },
  licence: { ar: 'الترخيص', fr: 'Licence' },
  byMeeting: { ar: 'حسب اللقاء', fr: 'par rencontre' },
  smallCells: {
    ar: 'الخانات التي تقل عن 3 أشخاص مخفية',
    fr: 'Cases de moins de 3 personnes masquées',
  },
} satisfies Record<string, Bilingual>;
