import type { SmsCatalogue } from './types';

export const en: SmsCatalogue = {
  confirmation: '{title}: seat confirmed. {date} {time}, {venue}.{code} {link}',
  promoted: '{title}: a seat came free and it is yours. {date} {time}, {venue}.{code} {link}',
  waitlisted: '{title}: you are on the waiting list; we will text you if a seat comes free. {link}',
  cancellation: '{title}: your registration is cancelled.',
  reminder: 'Reminder {title}: {date} {time}, {venue}.{code}',
  'support-decision': '{title}: {support}. {link}',
  supportPart: { travel: 'travel {decision}', lodging: 'lodging {decision}' },
  decision: { approved: 'approved', declined: 'declined' },
  supportJoin: ', ',
  recover: '{title}: your private link {link}{code}',
  code: ' Ticket {code}.',
  zone: ' ({zone})',
};
