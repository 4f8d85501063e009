import type { SmsCatalogue } from './types';

export const ar: SmsCatalogue = {
  confirmation: '{title}: مقعدك مؤكد. {date} {time}، {venue}.{code} {link}',
  promoted: '{title}: تحرر مقعد وصار لك. {date} {time}، {venue}.{code} {link}',
  waitlisted: '{title}: أنت في لائحة الانتظار، سنخبرك إن تحرر مقعد. {link}',
  cancellation: '{title}: أُلغي تسجيلك.',
  reminder: 'تذكير {title}: {date} {time}، {venue}.{code}',
  'support-decision': '{title}: {support}. {link}',
  supportPart: { travel: 'التنقل {decision}', lodging: 'الإيواء {decision}' },
  decision: { approved: 'مقبول', declined: 'مرفوض' },
  supportJoin: '، ',
  recover: '{title}: رابطك الخاص {link}{code}',
  code: ' التذكرة {code}.',
  zone: ' ({zone})',
};
