import type { SmsCatalogue } from './types';

export const fr: SmsCatalogue = {
  confirmation: '{title} : place confirmée. {date} {time}, {venue}.{code} {link}',
  promoted: "{title} : une place s'est libérée pour vous. {date} {time}, {venue}.{code} {link}",
  waitlisted:
    "{title} : vous voilà sur liste d'attente, nous vous écrirons si une place se libère. {link}",
  cancellation: '{title} : votre inscription est annulée.',
  reminder: 'Rappel {title} : {date} {time}, {venue}.{code}',
  'support-decision': '{title} : {support}. {link}',
  supportPart: { travel: 'transport {decision}', lodging: 'hébergement {decision}' },
  decision: { approved: 'accordé', declined: 'refusé' },
  supportJoin: ', ',
  recover: '{title} : votre lien personnel {link}{code}',
  code: ' Billet {code}.',
  zone: ' ({zone})',
};
