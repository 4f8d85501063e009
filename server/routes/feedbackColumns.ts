// Feedback as a file: Arabic headings with French beside; several entries in one cell, one a line.
import type { FeedbackItem } from '../domain/feedback/overview';
import type { Column } from '../http/exports';

const lines = (entries: string[]) => entries.join('\n');

export const FEEDBACK_COLUMNS: Column<FeedbackItem>[] = [
  { heading: 'التاريخ / Date', value: (f) => f.createdAt },
  { heading: 'النوع / Type', value: (f) => f.kind },
  { heading: 'الورشة / Atelier', value: (f) => f.workshopId },
  { heading: 'التقييم العام / Note globale', value: (f) => f.ratings.overall },
  { heading: 'المضمون / Contenu', value: (f) => f.ratings.content },
  { heading: 'التنظيم / Organisation', value: (f) => f.ratings.organization },
  { heading: 'اللوجستيك / Logistique', value: (f) => f.ratings.logistics },
  { heading: 'التنشيط / Animation', value: (f) => f.ratings.facilitation },
  { heading: 'الإشكاليات المطروحة / Problèmes soulevés', value: (f) => lines(f.problems) },
  { heading: 'الحلول المقترحة / Solutions proposées', value: (f) => lines(f.solutions) },
  { heading: 'النتائج المنتظرة / Résultats attendus', value: (f) => lines(f.expectedResults) },
  { heading: 'تعليق / Commentaire', value: (f) => f.comment },
  { heading: 'المشارك / Participant', value: (f) => f.participantName },
  { heading: 'اللغة / Langue', value: (f) => f.locale },
  { heading: 'المعرف / Id', value: (f) => f.id },
];
